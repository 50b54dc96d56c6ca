"""The Lync module's declarations: Get-Command -Module Lync, help written for the sample
topology, the 2013-only cmdlets absent, and the confirmation prompt of Move-CsUser."""
from __future__ import annotations

from cspshell.cmdlets import registry
from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.session import Session

LYNC_CMDLETS = [
    "Disable-CsUser", "Enable-CsUser", "Get-CsComputer", "Get-CsPool", "Get-CsRegistrarConfiguration",
    "Get-CsService", "Get-CsSite", "Get-CsTopology", "Get-CsUser", "Get-CsUserPoolInfo",
    "Get-CsWindowsService", "Move-CsUser", "New-CsRegistrarConfiguration", "Remove-CsRegistrarConfiguration",
    "Set-CsRegistrar", "Set-CsRegistrarConfiguration", "Set-CsUser", "Start-CsWindowsService",
    "Stop-CsWindowsService", "Test-CsRegistration",
]


def lync_infos():
    return [info for info in registry.REGISTRY.values() if info.module == registry.LYNC]


def test_get_command_module_lync_lists_the_cmdlets(shell):
    names = [c.get("Name") for c in shell.objects("Get-Command -Module Lync")]
    assert names == LYNC_CMDLETS


def test_every_cmdlet_has_help_for_the_sample_topology(shell):
    for info in lync_infos():
        assert info.synopsis and info.description and info.examples, info.name
        assert all(info.name.lower() in code.lower() for code, _ in info.examples), info.name
    examples = shell.run("Get-Help Get-CsUserPoolInfo -Examples")
    assert "PS C:\\>Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com" in examples


def test_identity_parameters_as_lync_declares_them():
    info = registry.lookup("Get-CsUserPoolInfo")
    identity = info.parameters[0]
    assert (identity.name, identity.position, identity.mandatory) == ("Identity", 1, True)
    assert identity.from_pipeline and identity.from_pipeline_by_name
    assert identity.dotnet_type == "Microsoft.Rtc.Management.AD.UserIdParameter"
    target = next(p for p in registry.lookup("Move-CsUser").parameters if p.name == "Target")
    assert (target.position, target.mandatory) == (2, True)
    aliases = {p.name: p.aliases for p in registry.lookup("Test-CsRegistration").parameters}
    assert (aliases["TargetFqdn"], aliases["UserSipAddress"], aliases["RegistrarPort"]) == (("t",), ("ua",), ("rp",))


def test_lync_2013_cmdlets_are_not_recognized(shell):
    for name in ("Invoke-CsPoolFailOver", "Get-CsPoolBackupRelationship", "Get-CsPoolFabricState"):
        assert registry.lookup(name) is None
        assert f"The term '{name}' is not recognized" in shell.run(f"{name} -PoolFqdn ls14pool.beta.deitterick.com")


class AnsweringHost(CaptureHost):
    """A console whose user answers every prompt with ``answer``."""

    def __init__(self, answer: str):
        super().__init__()
        self.answer = answer
        self.prompts: list[str] = []

    def read_line(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.answer


def test_move_prompts_and_honours_the_answer():
    for answer, pool in (("N", "ls14pool.beta.deitterick.com"), ("Y", "beta-ls14-se1.beta.deitterick.com")):
        session = Session()
        host = AnsweringHost(answer)
        engine = Engine(host, session, interactive=True)
        engine.run("Move-CsUser lcarter@beta.deitterick.com beta-ls14-se1.beta.deitterick.com", history=False)
        assert "Are you sure you want to perform this action?" in host.text
        assert host.prompts[0].startswith("[Y] Yes  [A] Yes to All  [N] No")
        assert session.topology.user("lcarter@beta.deitterick.com").registrar_pool == pool
