"""System.TimeSpan with 100 ns ticks (docs: System.TimeSpan, TimeSpan.Parse, TimeSpan.MaxValue,
TimeSpan.FromSeconds for .NET Framework 4.x; PowerShell 5.1's Format-Table.md Example 6)."""
from __future__ import annotations

import datetime as _dt

import pytest

from cspshell.objects import timespan as T
from cspshell.objects.convert import convert_to, format_timespan, parse_timespan
from cspshell.objects.members import get_property, property_names

SPAN = "03:20:00.2751767"   # Format-Table.md Example 6 prints it with all seven digits
SPAN_TICKS = (3 * 3600 + 20 * 60) * 10_000_000 + 2_751_767


def prop(span: _dt.timedelta, name: str):
    return get_property(span, name)


def test_parse_keeps_the_seventh_digit():
    span = parse_timespan(SPAN)
    assert T.ticks_of(span) == SPAN_TICKS
    assert format_timespan(span) == SPAN


@pytest.mark.parametrize("text, ticks", [
    ("00:00:00.0000001", 1),
    ("-00:00:00.0000001", -1),
    ("1.02:03:04.5", ((26 * 60 + 3) * 60 + 4) * 10_000_000 + 5_000_000),
    ("5", 5 * T.TICKS_PER_DAY),                   # a bare number is days
])
def test_parse_to_ticks(text, ticks):
    assert T.ticks_of(parse_timespan(text)) == ticks


@pytest.mark.parametrize("ticks, text", [
    (T.MAX_TICKS, "10675199.02:48:05.4775807"),   # TimeSpan.MaxValue
    (T.MIN_TICKS, "-10675199.02:48:05.4775808"),  # TimeSpan.MinValue
    (0, "00:00:00"),
    (-1, "-00:00:00.0000001"),
    (T.TICKS_PER_DAY + 10_000_000, "1.00:00:01"),
])
def test_to_string_constant_format(ticks, text):
    assert format_timespan(T.from_ticks(ticks)) == text


def test_integer_properties_truncate_toward_zero_and_keep_the_sign():
    span = parse_timespan("-1.02:03:04.5")
    assert [prop(span, p) for p in ("Days", "Hours", "Minutes", "Seconds", "Milliseconds")] == [-1, -2, -3, -4, -500]
    assert prop(span, "Ticks") == -T.ticks_of(parse_timespan("1.02:03:04.5"))


def test_total_properties_multiply_the_ticks_by_the_reciprocal():
    span = parse_timespan(SPAN)
    assert prop(span, "TotalSeconds") == SPAN_TICKS * (1.0 / 10_000_000)
    assert prop(span, "TotalMilliseconds") == SPAN_TICKS * (1.0 / 10_000)
    assert prop(span, "TotalDays") == SPAN_TICKS * (1.0 / 864_000_000_000)
    assert prop(span, "Milliseconds") == 275


def test_total_milliseconds_is_clamped_to_int64_ticks():
    assert prop(T.from_ticks(T.MAX_TICKS), "TotalMilliseconds") == 922337203685477.0
    assert prop(T.from_ticks(T.MIN_TICKS), "TotalMilliseconds") == -922337203685477.0


def test_property_order_is_the_reflection_order():
    assert property_names(T.from_ticks(1)) == ["Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds",
                                               "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMinutes",
                                               "TotalSeconds"]


def test_arithmetic_and_comparisons_use_ticks():
    a, b = T.from_ticks(15), T.from_ticks(7)
    assert T.ticks_of(a + b) == 22 and T.ticks_of(a - b) == 8 and T.ticks_of(b - a) == -8
    assert T.ticks_of(-a) == -15 and T.ticks_of(abs(-a)) == 15
    assert b < a and a > b and a >= T.from_ticks(15) and not a < T.from_ticks(15)
    assert a != T.from_ticks(16) and a == T.from_ticks(15)
    assert hash(a) == hash(T.from_ticks(15))


def test_a_plain_timedelta_mixes_with_a_timespan():
    second = _dt.timedelta(seconds=1)
    assert T.ticks_of(second + T.from_ticks(1)) == 10_000_001
    assert T.ticks_of(T.from_ticks(1) + second) == 10_000_001
    assert T.ticks_of(second - T.from_ticks(1)) == 9_999_999
    assert T.from_ticks(10_000_000) == second and second == T.from_ticks(10_000_000)
    assert second < T.from_ticks(10_000_001)
    assert hash(second) == hash(T.from_ticks(10_000_000))


def test_dates_still_add_and_subtract_spans():
    start = _dt.datetime(2020, 1, 1)
    assert start + T.from_ticks(T.TICKS_PER_DAY) == _dt.datetime(2020, 1, 2)
    assert start - T.from_ticks(T.TICKS_PER_DAY) == _dt.datetime(2019, 12, 31)


def test_from_units_round_to_the_millisecond_as_net_framework_does():
    assert format_timespan(T.interval(1.23456, T.MILLISECONDS_PER["seconds"])) == "00:00:01.2350000"
    assert format_timespan(T.interval(-1.23456, T.MILLISECONDS_PER["seconds"])) == "-00:00:01.2350000"
    assert format_timespan(T.interval(1.5, T.MILLISECONDS_PER["days"])) == "1.12:00:00"
    with pytest.raises(ValueError, match="Not-a-Number"):
        T.interval(float("nan"), 1)


def test_overflow_is_net_s_error():
    with pytest.raises(T.TimeSpanOverflowError, match="TimeSpan overflowed because the duration is too long."):
        T.from_ticks(T.MAX_TICKS + 1)


def test_cast_from_a_number_is_ticks():
    assert T.ticks_of(convert_to(15, "System.TimeSpan")) == 15
