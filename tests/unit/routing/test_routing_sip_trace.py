"""The seed's three traces, rebuilt byte for byte from the values they show.

The expected text is the seed's (seed/000_f25d19bc74bf594d.txt), with two artefacts of
the blog's formatting undone: ``Via`` and ``Authentication-Info`` are each broken
before their colon in the post ("Via\\n: SIP/2.0..."); the byte counts (795 and 758)
only add up with the header on one line.
"""
from __future__ import annotations

from datetime import datetime

from cspshell.routing import sip, trace

LCARTER = "lcarter@beta.deitterick.com"
INSTANCE = "C816ACB8-5459-5B19-ADB3-2A9F0A6974A7"

SEED_REGISTER_TO_EE2 = """\
12/31/2010|13:18:17.346 630:358 INFO :: Sending Packet - 172.16.8.10:5061 (From Local Address: 172.16.8.7:50430) 795 bytes:
12/31/2010|13:18:17.346 630:358 INFO :: REGISTER sip:beta.deitterick.com SIP/2.0
Via: SIP/2.0/TLS 172.16.8.7:50430
Max-Forwards: 70
From: <sip:lcarter@beta.deitterick.com>;tag=e5fc295f13;epid=159a38c2a2
To: <sip:lcarter@beta.deitterick.com>
Call-ID: 50490a0fd7534119ad400d5ca46e20aa
CSeq: 1 REGISTER
Contact: <sip:172.16.8.7:50430;transport=tls;ms-opaque=d4b2948966>;methods="INVITE, MESSAGE, INFO, OPTIONS, BYE, CANCEL, NOTIFY, ACK, REFER, BENOTIFY";proxy=replace;+sip.instance="<urn:uuid:C816ACB8-5459-5B19-ADB3-2A9F0A6974A7>"
User-Agent: UCCAPI/4.0.7577.0 OC/4.0.7577.0 (Microsoft Lync 2010)
Supported: gruu-10, adhoclist, msrtc-event-categories
Supported: ms-forking
Supported: ms-cluster-failover
Supported: ms-userservices-state-notification
ms-keep-alive: UAC;hop-hop=yes
Event: registration
Content-Length: 0

12/31/2010|13:18:17.346 630:358 INFO :: End of Sending Packet - 172.16.8.10:5061 (From Local Address: 172.16.8.7:50430) 795 bytes
"""

SEED_REGISTER_TO_EE1 = """\
01/01/2011|13:09:59.182 B34:A44 INFO :: Sending Packet - 172.16.8.9:5061 (From Local Address: 172.16.8.7:50779) 795 bytes:
01/01/2011|13:09:59.182 B34:A44 INFO :: REGISTER sip:beta.deitterick.com SIP/2.0
Via: SIP/2.0/TLS 172.16.8.7:50779
Max-Forwards: 70
From: <sip:lcarter@beta.deitterick.com>;tag=e820708c06;epid=159a38c2a2
To: <sip:lcarter@beta.deitterick.com>
Call-ID: 5de48871972847a0b16669398687d8dd
CSeq: 1 REGISTER
Contact: <sip:172.16.8.7:50779;transport=tls;ms-opaque=edd211a910>;methods="INVITE, MESSAGE, INFO, OPTIONS, BYE, CANCEL, NOTIFY, ACK, REFER, BENOTIFY";proxy=replace;+sip.instance="<urn:uuid:C816ACB8-5459-5B19-ADB3-2A9F0A6974A7>"
User-Agent: UCCAPI/4.0.7577.0 OC/4.0.7577.0 (Microsoft Lync 2010)
Supported: gruu-10, adhoclist, msrtc-event-categories
Supported: ms-forking
Supported: ms-cluster-failover
Supported: ms-userservices-state-notification
ms-keep-alive: UAC;hop-hop=yes
Event: registration
Content-Length: 0

01/01/2011|13:09:59.197 B34:A44 INFO :: End of Sending Packet - 172.16.8.9:5061 (From Local Address: 172.16.8.7:50779) 795 bytes
"""

SEED_301_FROM_EE1 = """\
01/01/2011|13:09:59.260 B34:A44 INFO :: Data Received - 172.16.8.9:5061 (To Local Address: 172.16.8.7:50779) 758 bytes:
01/01/2011|13:09:59.260 B34:A44 INFO :: SIP/2.0 301 Redirect request to Home Server
Authentication-Info: TLS-DSK qop="auth", opaque="212BCC58", srand="A46A87C1", snum="1", rspauth="9a517940f6f912c5fd30a4ab48f95c4bb256adf7", targetname="BETA-LS14-EE1.beta.deitterick.com", realm="SIP Communications Service", version=4
From: <sip:lcarter@beta.deitterick.com>;tag=e820708c06;epid=159a38c2a2
To: <sip:lcarter@beta.deitterick.com>;tag=9E9546E818951C08C2E9CA2E852F3D2E
Call-ID: 5de48871972847a0b16669398687d8dd
CSeq: 4 REGISTER
Via: SIP/2.0/TLS 172.16.8.7:50779;ms-received-port=50779;ms-received-cid=9B000
Contact: <sip:beta-ls14-ee2.beta.deitterick.com:5061;transport=TLS>;q=0.7
Contact: <sip:beta-ls14-se2.beta.deitterick.com:5061;transport=TLS>;q=0.3
Expires: 2592000
Content-Length: 0

01/01/2011|13:09:59.260 B34:A44 INFO :: End of Data Received - 172.16.8.9:5061 (To Local Address: 172.16.8.7:50779) 758 bytes
"""

SEED_301_FROM_DIRECTOR = """\
12/20/2010|11:56:24.001 728:A3C INFO :: Data Received - 172.16.8.8:5061 (To Local Address: 172.16.8.7:50327) 756 bytes:
12/20/2010|11:56:24.001 728:A3C INFO :: SIP/2.0 301 Redirect request to Home Server
Authentication-Info: TLS-DSK qop="auth", opaque="E44B1AA4", srand="50E900F0", snum="1", rspauth="23003a3babd1b5a8b3b02c34372b07e66a8b0bfa", targetname="BETA-LS14-DIR.beta.deitterick.com", realm="SIP Communications Service", version=4
From: <sip:acooper@beta.deitterick.com>;tag=4787346104;epid=c68d71323c
To: <sip:acooper@beta.deitterick.com>;tag=FBF2A5131E02B962310A8078B52D77C3
Call-ID: a59c3223b23b4d398d4c77b95769e1b1
CSeq: 4 REGISTER
Via: SIP/2.0/TLS 172.16.8.7:50327;ms-received-port=50327;ms-received-cid=100
Contact: <sip:beta-ls14-se1.beta.deitterick.com:5061;transport=TLS>;q=0.7
Contact: <sip:beta-ls14-se2.beta.deitterick.com:5061;transport=TLS>;q=0.3
Expires: 2592000
Content-Length: 0

12/20/2010|11:56:24.001 728:A3C INFO :: End of Data Received - 172.16.8.8:5061 (To Local Address: 172.16.8.7:50327) 756 bytes
"""


def _lcarter_dialog(port: int, tag: str, call_id: str, opaque: str) -> sip.Dialog:
    return sip.Dialog(LCARTER, "beta.deitterick.com", "172.16.8.7", port, tag, "159a38c2a2",
                      call_id, opaque, INSTANCE)


EE1_DIALOG = _lcarter_dialog(50779, "e820708c06", "5de48871972847a0b16669398687d8dd", "edd211a910")


def test_register_to_the_primary_registrar_matches_the_seed():
    dialog = _lcarter_dialog(50430, "e5fc295f13", "50490a0fd7534119ad400d5ca46e20aa", "d4b2948966")
    when = datetime(2010, 12, 31, 13, 18, 17, 346000)
    lines = trace.packet(when, trace.LogProcess(0x630, 0x358), trace.SENDING,
                         "172.16.8.10:5061", "172.16.8.7:50430", sip.register_request(dialog))
    assert trace.render([lines]) == SEED_REGISTER_TO_EE2


def test_register_to_the_other_front_end_matches_the_seed():
    lines = trace.packet(datetime(2011, 1, 1, 13, 9, 59, 182000), trace.LogProcess(0xB34, 0xA44),
                         trace.SENDING, "172.16.8.9:5061", "172.16.8.7:50779",
                         sip.register_request(EE1_DIALOG),
                         ended=datetime(2011, 1, 1, 13, 9, 59, 197000))
    assert trace.render([lines]) == SEED_REGISTER_TO_EE1


def test_redirect_from_the_other_front_end_matches_the_seed():
    auth = sip.ServerAuth("212BCC58", "A46A87C1", "9a517940f6f912c5fd30a4ab48f95c4bb256adf7",
                          sip.targetname("beta-ls14-ee1.beta.deitterick.com"))
    answer = sip.Answer(auth, "9E9546E818951C08C2E9CA2E852F3D2E", "9B000")
    message = sip.redirect_response(EE1_DIALOG, answer, "beta-ls14-ee2.beta.deitterick.com",
                                    "beta-ls14-se2.beta.deitterick.com")
    lines = trace.packet(datetime(2011, 1, 1, 13, 9, 59, 260000), trace.LogProcess(0xB34, 0xA44),
                         trace.RECEIVED, "172.16.8.9:5061", "172.16.8.7:50779", message)
    assert trace.render([lines]) == SEED_301_FROM_EE1


def test_redirect_from_the_director_matches_the_seed():
    dialog = sip.Dialog("acooper@beta.deitterick.com", "beta.deitterick.com", "172.16.8.7", 50327,
                        "4787346104", "c68d71323c", "a59c3223b23b4d398d4c77b95769e1b1",
                        "unused0000", INSTANCE)
    auth = sip.ServerAuth("E44B1AA4", "50E900F0", "23003a3babd1b5a8b3b02c34372b07e66a8b0bfa",
                          sip.targetname("beta-ls14-dir.beta.deitterick.com"))
    message = sip.redirect_response(dialog, sip.Answer(auth, "FBF2A5131E02B962310A8078B52D77C3", "100"),
                                    "beta-ls14-se1.beta.deitterick.com",
                                    "beta-ls14-se2.beta.deitterick.com")
    lines = trace.packet(datetime(2010, 12, 20, 11, 56, 24, 1000), trace.LogProcess(0x728, 0xA3C),
                         trace.RECEIVED, "172.16.8.8:5061", "172.16.8.7:50327", message)
    assert trace.render([lines]) == SEED_301_FROM_DIRECTOR


def test_sizes_are_wire_lengths_with_crlf_line_ends():
    message = sip.register_request(EE1_DIALOG)
    assert message.size == 795
    assert message.wire.endswith("Content-Length: 0\r\n\r\n")
    assert message.size == len(message.wire.encode("utf-8"))


def test_redirect_without_a_backup_names_only_the_primary():
    auth = sip.ServerAuth("00000000", "00000000", "0" * 40, "DIR.example.com")
    message = sip.redirect_response(EE1_DIALOG, sip.Answer(auth, "A" * 32, "100"), "fe.example.com")
    assert message.header("Contact") == ["<sip:fe.example.com:5061;transport=TLS>;q=0.7"]
    assert message.header("Expires") == ["2592000"]


def test_ok_answer_carries_the_gruu_and_the_registrar_server_header():
    auth = sip.ServerAuth("00000000", "00000000", "0" * 40, "BETA-LS14-EE2.beta.deitterick.com")
    message = sip.ok_response(EE1_DIALOG, sip.Answer(auth, "B" * 32, "200"), 600, "abc")
    assert message.start_line == "SIP/2.0 200 OK"
    assert message.header("Expires") == ["600"]
    assert message.header("Server") == ["RTC/4.0"]
    assert 'gruu="sip:lcarter@beta.deitterick.com;opaque=user:epid:abc;gruu"' in message.header("Contact")[0]
    assert message.header("Content-Length") == ["0"]


def test_log_time_has_milliseconds_and_a_pipe():
    assert trace.log_time(datetime(2010, 12, 20, 11, 56, 24, 1000)) == "12/20/2010|11:56:24.001"
    assert str(trace.LogProcess(0x630, 0x358)) == "630:358"
