"""The interactive shell end to end, in a pseudo-terminal."""
from __future__ import annotations

import time

SEED_USER = "lcarter@beta.deitterick.com"


def test_type_a_pipeline_and_see_its_output(start) -> None:
    shell = start("-NoProfile")
    shell.expect("Windows PowerShell")
    shell.expect("Type Get-Help about_cspshell to start.")
    shell.prompt()
    shell.line("1,2,3 | Measure-Object -Sum")
    shell.expect("Count    : 3")
    shell.expect("Sum      : 6")
    shell.prompt()
    shell.line(f"Get-CsUserPoolInfo -Identity {SEED_USER}")
    shell.expect("PrimaryPoolFqdn                     : ls14pool.beta.deitterick.com")
    shell.expect("PrimaryPoolMachinesInPreferredOrder : {1:5-2, 1:5-1}")
    shell.prompt()
    shell.line("exit")
    assert shell.exit_status() == 0


def test_tab_completes_a_cmdlet_a_parameter_and_a_sip_address(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.send("Get-CsUserP\t")
    shell.expect("Get-CsUserPoolInfo")
    shell.send(" -Ide\t")
    shell.expect("-Identity")
    shell.send(" lcar\t")
    shell.expect(SEED_USER)
    shell.send("\r")
    shell.expect("BackupPoolFqdn                      : beta-ls14-se2.beta.deitterick.com")
    shell.prompt()


def test_tab_completes_a_property_name_from_the_pipeline(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.send(f"Get-CsUserPoolInfo {SEED_USER} | Select-Object -ExpandProperty PrimaryPoolM\t")
    shell.expect("PrimaryPoolMachinesInPreferredOrder")
    shell.line(" | Format-List MachineId,Fqdn")
    shell.expect("MachineId : 1:5-2")
    shell.expect("Fqdn      : beta-ls14-ee2.beta.deitterick.com")
    shell.prompt()


def test_an_unclosed_brace_continues_with_the_continuation_prompt(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.line("foreach ($n in 1..2) {")
    shell.expect(">>")
    shell.line("  'item ' + ($n * 10)")
    shell.expect(">>")
    shell.line("}")
    shell.expect("item 10")
    shell.expect("item 20")
    shell.prompt()


def test_ctrl_c_interrupts_a_running_loop(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.line("while ($true) {}")
    time.sleep(1.0)  # let the loop start
    shell.child.sendintr()
    shell.prompt()
    shell.line("'still ' + 'alive'")
    shell.expect("still alive")
    shell.prompt()


def test_errors_print_and_never_end_the_shell(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.line("Get-Nothing")
    shell.expect("The term 'Get-Nothing' is not recognized as the name of a cmdlet")
    shell.expect("+ FullyQualifiedErrorId : CommandNotFoundException")
    shell.prompt()
    shell.line("'after ' + 'error'")
    shell.expect("after error")


def test_history_survives_a_restart(start) -> None:
    first = start("-NoProfile", "-NoLogo")
    first.prompt()
    first.line("'remembered ' + 'line'")
    first.expect("remembered line")
    first.prompt()
    first.line("exit")
    assert first.exit_status() == 0
    assert (first.home / "state" / "cspshell" / "history.txt").is_file()
    second = start("-NoProfile", "-NoLogo")
    second.prompt()
    second.send("'rem\x1b[A")  # Up searches the history for what was typed so far
    second.expect("embered ' + 'line'")
    second.send("\r")
    second.expect("remembered line")
    second.prompt()


def test_ctrl_d_and_exit_codes(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.send("\x04")
    assert shell.exit_status() == 0
    coded = start("-NoProfile", "-NoLogo")
    coded.prompt()
    coded.line("exit 5")
    assert coded.exit_status() == 5


def test_a_pasted_block_runs_line_by_line(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.send("\x1b[200~'first ' + 1\r'second ' + 2\r\x1b[201~")
    shell.expect("first 1")
    shell.expect("second 2")
    shell.prompt()


def test_the_profile_runs_unless_no_profile(start, tmp_path) -> None:
    profile = tmp_path / "config" / "cspshell" / "profile.ps1"
    profile.parent.mkdir(parents=True)
    profile.write_text("function prompt { 'LAB> ' }\n$greeting = 'from ' + 'profile'\n", encoding="utf-8")
    shell = start("-NoLogo")
    shell.expect("LAB>")
    shell.line("$greeting")
    shell.expect("from profile")
    plain = start("-NoLogo", "-NoProfile")
    plain.prompt()


def test_more_pages_long_output(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.line("1..200 | more")
    shell.expect("-- More  --")
    shell.send("q")
    shell.prompt()
    shell.line("'paged ' + 'ok'")
    shell.expect("paged ok")


def test_a_missing_mandatory_parameter_is_asked_for(start) -> None:
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.line("Get-CsUserPoolInfo")
    shell.expect("cmdlet Get-CsUserPoolInfo at command pipeline position 1")
    shell.expect("Supply values for the following parameters:")
    shell.expect("Identity:")
    shell.line(SEED_USER)
    shell.expect("UserServicesPoolFqdn                : ls14pool.beta.deitterick.com")
    shell.prompt()


def test_colour_errors_red_and_unknown_commands_highlighted(start) -> None:
    shell = start("-NoProfile", "-NoLogo", colour=True)
    shell.prompt()
    shell.send("Get-Nothing")
    shell.child.expect(r"\x1b\[[0-9;]*m(?:\x1b\[[0-9;]*m)*Get-Nothing")
    unknown_style = shell.child.after
    shell.send("\x15Get-Date")  # Ctrl+U clears the line
    shell.child.expect(r"\x1b\[[0-9;]*m(?:\x1b\[[0-9;]*m)*Get-Date")
    assert shell.child.after.split("Get-Date")[0] != unknown_style.split("Get-Nothing")[0]
    shell.send("\x15Get-Nothing\r")
    shell.expect("\x1b[91mGet-Nothing : The term 'Get-Nothing' is not recognized")
    shell.prompt()


def test_a_dumb_terminal_gets_plain_line_input(start) -> None:
    shell = start("-NoProfile", "-NoLogo", term="dumb")
    shell.expect("PS C:\\Users\\Administrator> ")
    shell.line("if ($true) {")
    shell.expect(">> ")
    shell.line("'plain ' + 'input'")
    shell.expect(">> ")
    shell.line("}")
    shell.expect("plain input\r\n")
    shell.expect("PS C:\\Users\\Administrator> ")
    shell.child.sendintr()
    shell.expect("PS C:\\Users\\Administrator> ")
    shell.send("\x04")
    assert shell.exit_status() == 0
    assert "if ($true) {" in (shell.home / "state" / "cspshell" / "history.txt").read_text(encoding="utf-8")


def test_a_command_typed_at_once_waits_for_the_background_load(start) -> None:
    shell = start("-NoProfile")
    shell.expect("on topology 'Seed lab (beta.deitterick.com)' (1 site, 5 pools, 9 users).")
    shell.prompt()
    shell.line(f"Get-CsUserPoolInfo -Identity {SEED_USER}")  # before the topology has loaded
    shell.expect("PrimaryPoolMachinesInPreferredOrder : {1:5-2, 1:5-1}")
    shell.prompt()


def test_the_toolbar_completes_itself_once_the_background_load_is_done(start) -> None:
    shell = start("-NoProfile", "-NoLogo", cpr=True)
    shell.expect("\x1b[6n")  # prompt_toolkit asks where the cursor is ...
    shell.send("\x1b[1;1R")  # ... and draws the toolbar once the terminal answers
    shell.expect("Seed lab (beta.deitterick.com): 1 site, 5 pools, 9 users")
    shell.expect("lab clock 12/20/2010 11:56:00 | all machines up")


def test_a_bad_topology_file_is_reported_and_the_shell_does_not_start(start, tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nname: Bad lab\nsip_domains: [contoso.com]\nsites:\n  - id: 1\n"
                   "    name: Beta\n    kind: centrall\n", encoding="utf-8")
    shell = start("-NoProfile", "-Topology", str(bad))
    shell.expect(f"{bad}:7:11: error: 'kind' in site 'Beta' is 'centrall'")
    assert shell.exit_status() == 2


def test_get_credential_masks_the_password_at_the_terminal(start) -> None:
    # 5.1's console credential prompt: the name, then the password shown as one * per character
    shell = start("-NoProfile", "-NoLogo")
    shell.prompt()
    shell.line("$c = Get-Credential")
    shell.expect("Supply values for the following parameters:")
    shell.expect("User: ")
    shell.line("BETA\\admin")
    shell.expect("Password for user BETA\\admin: ")
    shell.send("pw\x7fass\r")
    shell.expect("**\b \b***")  # Backspace takes its * back
    shell.prompt()
    shell.line("$c.GetNetworkCredential().Password + '|' + $c.UserName")
    shell.expect("pass|BETA\\admin")
    shell.prompt()
