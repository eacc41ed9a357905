"""The knowledge-base folder is a component setting (``kb_dir`` in every factory's config, the
``--kb-dir`` option, ``Settings.kb_dir``), ``$DIPLOGRAPH_KB_DIR`` only its default: two
pipelines with different folders live in one process. The tables and sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

import diplograph.nlp.claims
import diplograph.nlp.events
import diplograph.nlp.relations
import diplograph.nlp.speech
import diplograph.nlp.time  # noqa: F401  (each import registers its factory)
from diplograph import kb
from diplograph.cli import app
from diplograph.config import COMPONENTS, Settings
from diplograph.errors import DiplographError
from diplograph.kb.gazetteer import gazetteer
from diplograph.model import Actor
from diplograph.nlp import actors
from diplograph.nlp import pipeline as pipeline_module
from docs import _VOCAB, parse, spaced_doc

F, D = "state:FRA", "state:DEU"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU")}
# "France serenaded Germany ." — a verb no packaged trigger row knows
SERENADED = [("France", "France", "PROPN", "nsubj", 1), ("serenaded", "serenade", "VERB", "ROOT", 1),
             ("Germany", "Germany", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]
EVENTS_ROW = "trigger\tpos\ttype\tmode\tcameo\tobject\tflags\nserenade\tV\tSUPPORT\t\t051\t\ttarget\n"
ORGS_ROW = ("id\tname\tkind\tcountry\taliases\tadjectives\tmembers\n"
            "beacon\tLantern League\torganization\t\tthe Lantern League\t\t\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A user's folder: one trigger row and one organisation of our own."""
    (tmp_path / "events.tsv").write_text(EVENTS_ROW, encoding="utf-8")
    (tmp_path / "organizations.tsv").write_text(ORGS_ROW, encoding="utf-8")
    return tmp_path


def pipe(name: str, config: dict | None = None):
    return spacy.blank("en", vocab=_VOCAB).add_pipe(name, config=config or {})


def events_of(events_pipe) -> list[tuple[str, str, str | None]]:
    doc = events_pipe(parse(SERENADED, {0: F, 2: D}, KNOWN))
    return [(e.type, e.source, e.target) for e in doc._.events]


def actor_ids(actors_pipe) -> set[str]:
    doc = spaced_doc("Diplomats praised the Lantern League .",
                     pos_of=lambda w: "PROPN" if w[0].isupper() else "PUNCT" if w == "." else "VERB")
    return set(actors_pipe(doc)._.actors)


@pytest.mark.parametrize("name", COMPONENTS)
def test_every_factory_takes_its_folder_from_config(name: str, folder: Path):
    assert Language.get_factory_meta(name).default_config["kb_dir"] is None
    assert pipe(name, {"kb_dir": str(folder)}).kb_dir == folder.resolve()
    assert pipe(name).kb_dir is None  # the test environment sets no $DIPLOGRAPH_KB_DIR


# The plain function each component's ``__call__`` hands the Doc to.
WORKERS = {"diplograph_actors": ("diplograph.nlp.actors.component", "find_actors"),
           "diplograph_times": ("diplograph.nlp.time.component", "scan"),
           "diplograph_quotes": ("diplograph.nlp.speech.quotes", "find_quotes"),
           "diplograph_events": ("diplograph.nlp.events.component", "find_events"),
           "diplograph_claims": ("diplograph.nlp.claims", "find_claims"),
           "diplograph_relations": ("diplograph.nlp.relations.component", "find_relations")}


@pytest.mark.parametrize("name", COMPONENTS)
def test_every_component_works_inside_its_folder(name: str, folder: Path, monkeypatch):
    """Every table read while a component annotates a Doc comes from the component's folder."""
    import importlib

    monkeypatch.delenv(kb.ENV_VAR, raising=False)
    module_name, function = WORKERS[name]
    module = importlib.import_module(module_name)
    seen: list[Path | None] = []
    real = getattr(module, function)

    def spy(*args, **kwargs):
        seen.append(kb.active_folder())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, function, spy)
    pipe(name, {"kb_dir": str(folder)})(parse(SERENADED, {0: F, 2: D}, KNOWN))
    assert seen and set(seen) == {folder.resolve()}
    assert kb.active_folder() is None  # and not after it


def test_two_event_coders_with_different_folders_in_one_process(folder: Path, monkeypatch):
    monkeypatch.delenv(kb.ENV_VAR, raising=False)
    with_row, packaged = pipe("diplograph_events", {"kb_dir": str(folder)}), pipe("diplograph_events")
    assert events_of(with_row) == [("SUPPORT", F, D)]
    assert events_of(packaged) == []
    assert events_of(with_row) == [("SUPPORT", F, D)]  # the first one's memo is not the second's


def test_two_actor_recognizers_with_different_folders_in_one_process(folder: Path, monkeypatch):
    monkeypatch.delenv(kb.ENV_VAR, raising=False)
    with_org, packaged = pipe("diplograph_actors", {"kb_dir": str(folder)}), pipe("diplograph_actors")
    assert "org:beacon" in actor_ids(with_org)
    assert "org:beacon" not in actor_ids(packaged)
    assert "org:beacon" not in gazetteer().actors  # outside any component: the packaged tables


def test_the_environment_variable_is_the_default_folder(folder: Path, monkeypatch):
    monkeypatch.setenv(kb.ENV_VAR, str(folder))
    coder = pipe("diplograph_events")
    assert coder.kb_dir == folder.resolve()
    assert events_of(coder) == [("SUPPORT", F, D)]
    assert "org:beacon" in gazetteer().actors  # outside a component too, as before


def test_a_component_keeps_the_folder_it_was_built_with(folder: Path, monkeypatch):
    monkeypatch.delenv(kb.ENV_VAR, raising=False)
    coder = pipe("diplograph_events")
    monkeypatch.setenv(kb.ENV_VAR, str(folder))
    assert events_of(coder) == []


@pytest.mark.parametrize("name", ["diplograph_events", "diplograph_actors"])
def test_a_missing_folder_is_a_clear_error_naming_it(name: str, tmp_path: Path):
    missing = tmp_path / "no-such-kb"
    with pytest.raises(DiplographError, match=rf"{missing}: knowledge-base folder \(kb_dir\) does not exist"):
        pipe(name, {"kb_dir": str(missing)})
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(DiplographError, match=r"a-file: knowledge-base folder \(kb_dir\) is not a folder"):
        pipe(name, {"kb_dir": str(tmp_path / "a-file")})


def test_a_missing_folder_in_the_environment_variable_names_it(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(kb.ENV_VAR, str(tmp_path / "gone"))
    with pytest.raises(DiplographError, match=r"gone: knowledge-base folder \(\$DIPLOGRAPH_KB_DIR\) does not exist"):
        pipe("diplograph_events")


def test_a_malformed_table_is_a_clear_error_naming_its_path(tmp_path: Path):
    (tmp_path / "events.tsv").write_text("trigger\tpos\ttype\nserenade\tV\n", encoding="utf-8")
    with pytest.raises(DiplographError, match=r"events\.tsv: row 2 has the wrong number of columns"):
        pipe("diplograph_events", {"kb_dir": str(tmp_path)})
    (tmp_path / "events.tsv").write_bytes(b"trigger\tpos\n\xff\xfe\n")
    kb.clear_caches()
    with pytest.raises(DiplographError, match=r"events\.tsv: knowledge-base table cannot be read"):
        pipe("diplograph_events", {"kb_dir": str(tmp_path)})


def test_using_and_per_folder_follow_the_active_folder(folder: Path, monkeypatch):
    monkeypatch.delenv(kb.ENV_VAR, raising=False)
    calls: list[Path | None] = []

    @kb.per_folder
    def triggers() -> frozenset[str]:
        calls.append(kb.active_folder())
        return frozenset(r["trigger"] for r in kb.load_table("events"))

    with kb.using(folder):
        assert "serenade" in triggers()
        assert "serenade" in triggers()
    assert "serenade" not in triggers()
    assert calls == [folder.resolve(), None]  # once per folder
    kb.clear_caches()
    assert "serenade" not in triggers() and len(calls) == 3


def test_a_word_class_constant_follows_the_active_folder(tmp_path: Path, monkeypatch):
    monkeypatch.delenv(kb.ENV_VAR, raising=False)
    (tmp_path / "actor_words.tsv").write_text("word\tclass\nConclave\torg_head\n", encoding="utf-8")
    heads = kb.WordClass("actor_words", "org_head")
    assert "Conclave" not in heads
    with kb.using(tmp_path):
        assert "Conclave" in heads and {"Conclave", "x"} & heads == {"Conclave"}


def test_the_pipeline_passes_the_settings_folder_to_every_component(folder: Path, monkeypatch):
    monkeypatch.setattr(pipeline_module, "load_base_model", lambda name=None: spacy.blank("en"))
    built = pipeline_module.Pipeline(Settings(kb_dir=str(folder)))
    assert built.kb_dir == folder.resolve()
    assert [built.nlp.get_pipe(n).kb_dir for n in COMPONENTS] == [folder.resolve()] * len(COMPONENTS)
    assert isinstance(built.nlp.get_pipe("diplograph_actors").recognizer, actors.Recognizer)


def test_the_cli_names_a_missing_kb_dir_in_one_line(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("2021-03-04\nA headline\n\nFrance serenaded Germany.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--kb-dir", str(tmp_path / "nowhere"), str(article)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nowhere'}: knowledge-base folder (kb_dir) does not exist"


@pytest.mark.model
def test_two_full_pipelines_with_different_folders_in_one_process(pipeline, folder: Path):
    """The packaged model and every component: only the pipeline built with the folder codes the
    trigger row it adds (the session pipeline has the packaged tables alone)."""
    from diplograph.ingest.clean import make_document

    article = make_document("France serenaded Germany in Paris on Tuesday.", "own.txt", published="2021-03-04")
    mine = pipeline_module.Pipeline(Settings(model=pipeline.settings.model, kb_dir=str(folder)))
    assert [(e.type, e.source, e.target) for e in next(mine.extract([article])).events] == [("SUPPORT", F, D)]
    assert next(pipeline.extract([article])).events == []


def test_answers_read_the_weights_of_the_settings_folder(tmp_path: Path, monkeypatch):
    # A user's plover_weights.tsv in Settings.kb_dir (no environment variable) changes the
    # dyad score the answers give; a corpus with no folder keeps the packaged weight.
    from test_analysis_data import build_store

    from diplograph import api
    from diplograph.analysis.weights import weights

    monkeypatch.delenv(kb.ENV_VAR, raising=False)
    (tmp_path / "plover_weights.tsv").write_text("name\tapplies_to\tweight\twhy\nCONSULT\tevent\t9\tours\n",
                                                 encoding="utf-8")
    store = build_store()
    packaged = weights().events["CONSULT"]
    assert packaged != 9

    def consult_month(corpus: api.Corpus) -> float:
        months = {m["month"]: m for m in corpus.dyad("China", "Belarus").to_dict()["monthly"]}
        return months["2023-02"]["score"]

    assert consult_month(api.Corpus(settings=Settings(kb_dir=str(tmp_path)), store=store)) == 9
    assert consult_month(api.Corpus(settings=Settings(kb_dir=None), store=store)) == packaged
    store.close()
