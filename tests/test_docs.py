"""Documentation stays true: every top-level command is in the README, and the README's example runs."""
import re

import typer.main

from hadath.cli import app
from hadath.paths import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    group = typer.main.get_command(app)
    missing = [name for name in group.commands if f"hadath {name}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_readme_python_example_runs():
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    exec(compile(code, "README", "exec"), {})


def test_two_commands_and_ci():
    assert "make demo" in README and "make test" in README
    assert "make test" in (PROJECT_ROOT / ".ci" / "run").read_text()
