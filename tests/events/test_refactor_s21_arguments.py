"""Session 21 code health (no output change): arguments.py split by concern. ``arguments.py`` keeps ``assign`` (the
order the rules run in); speech and clause regions, shared clues, sentence countries, subjects, recipients, attack
roles, meeting guests and statement parties each have a module, layered so that none imports a module above it."""
import ast
import inspect

from hadath.events import (argument_clues, arguments, attack_roles, context_countries, meeting_guests,
                           object_recipients, speech_clauses, statement_parties, verb_subjects)

# lowest first: a module may import only the ones before it
LAYERS = (speech_clauses, argument_clues, context_countries, verb_subjects, object_recipients, attack_roles,
          meeting_guests, statement_parties, arguments)
NAMES = {mod.__name__.rsplit(".", 1)[1] for mod in LAYERS}


def _imports(mod) -> list[ast.ImportFrom]:
    return [node for node in ast.parse(inspect.getsource(mod)).body
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hadath.events.")]


def test_each_concern_has_its_module_and_public_entry_points():
    assert callable(speech_clauses.clause_region) and callable(speech_clauses.note_verb_triggers)
    assert callable(argument_clues.prep_before) and callable(argument_clues.coordinated_group)
    assert callable(context_countries.sentence_country) and callable(context_countries.with_context_country)
    assert callable(verb_subjects.find_subject) and callable(object_recipients.find_recipient)
    assert callable(attack_roles.launcher_of_weapon) and callable(meeting_guests.call_roles)
    assert callable(statement_parties.accused_party) and callable(arguments.assign)


def test_modules_only_import_the_layers_below():
    for k, mod in enumerate(LAYERS):
        below = {m.__name__ for m in LAYERS[:k]}
        for node in _imports(mod):
            if node.module.rsplit(".", 1)[1] in NAMES:
                assert node.module in below, (mod.__name__, node.module)


def test_no_private_names_cross_the_split():
    """What the split modules import from one another, and what any events module imports from them, is public."""
    import pkgutil
    import importlib

    import hadath.events
    for info in pkgutil.iter_modules(hadath.events.__path__):
        mod = importlib.import_module(f"hadath.events.{info.name}")
        for node in _imports(mod):
            if node.module.rsplit(".", 1)[1] in NAMES:
                assert not [a.name for a in node.names if a.name.startswith("_")], (info.name, node.module)


def test_split_modules_share_one_set_of_clues():
    assert verb_subjects.tok_of is argument_clues.tok_of is object_recipients.tok_of is attack_roles.tok_of
    assert arguments.Arguments is argument_clues.Arguments is verb_subjects.Arguments
    assert argument_clues.is_speech is speech_clauses.is_speech
    assert meeting_guests.article_country is context_countries.article_country


def test_names_other_modules_import_from_arguments_stay_there():
    """stage.py, merge.py and evaluative_reports.py import ``assign`` and a few clues from ``arguments``."""
    import pkgutil
    import importlib

    import hadath.events
    wanted = set()
    for info in pkgutil.iter_modules(hadath.events.__path__):
        source = inspect.getsource(importlib.import_module(f"hadath.events.{info.name}"))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.module == "hadath.events.arguments":
                wanted |= {a.name for a in node.names}
    assert {"assign", "note_verb_triggers", "is_speech"} <= wanted
    assert all(hasattr(arguments, name) for name in wanted), wanted
