"""Command line: ``vnadmin parse | ingest | status | query | eval | check | export | serve | tables``."""
from __future__ import annotations

import errno
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Vietnamese administrative documents in, tables people can trust out.")
console = Console()
err = Console(stderr=True)

def _as_text(value) -> str:
    """A value as text, with the symbols of its control characters (never sent to the terminal)."""
    from vnadmin.dataset import CONTROL_SYMBOLS, csv_value

    return str(csv_value(value)).translate(CONTROL_SYMBOLS)


def shown(value) -> Text:
    """A value as a table cell: literally (what looks like Rich markup or an emoji code stays as written)."""
    return Text(_as_text(value))


def plain(value) -> str:
    """A value inside a message printed with Rich markup: escaped, so that it is printed as written."""
    return escape(_as_text(value))


@app.command()
def parse(
    files: Annotated[list[str], typer.Argument(
        help="files to parse (any supported format; a .zip gives each file inside it; archive.zip!/member one; "
             "- the bytes of standard input, ./- a file named -)")],
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per file, one per line")] = False,
    text: Annotated[bool, typer.Option("--text", help="print the normalized text that offsets index (of several "
                                       "files, each after a line ==> FILE <==)")] = False,
    pipeline: Annotated[str, typer.Option(help="pipeline name (pipelines/NAME.toml) or TOML path")] = "default",
    ocr: Annotated[Optional[str], typer.Option(help="auto | always | never (default: the pipeline's, auto)")] = None,
    no_segment: Annotated[bool, typer.Option("--no-segment", help="skip word segmentation")] = False,
    timeout: Annotated[Optional[float], typer.Option(
        help="seconds one document may take (default: the pipeline's limits.timeout_s, 600)", min=0.001)] = None,
    memory_mb: Annotated[Optional[int], typer.Option(
        help="memory the worker may use for one document (default: the pipeline's limits.memory_mb, 4096)",
        min=1)] = None,
) -> None:
    """Parse files and print what was found. Each file is read in a supervised worker process, with the same
    per-document limits as `ingest`: a file past them is a failed document with its reason, and the next is
    read."""
    from vnadmin.run.files import iter_sources
    from vnadmin.run.pool import WorkerPool

    if text and as_json:
        err.print("[red]error:[/] --text prints the normalized text, --json the document: give one of them")
        raise typer.Exit(2)
    chosen = _pipeline(pipeline, ocr, no_segment).with_limits(timeout_s=timeout, memory_mb=memory_mb)
    failed = False
    with _stdin_as_file(files) as (files, stdin_copy):
        sources = list(iter_sources(files))
        if not sources:
            err.print("[yellow]warning:[/] no file found under the inputs")
        with WorkerPool(1, chosen, finish=list) as pool:  # one worker: the documents come back in order
            for document in (d for done in pool.run([source] for source in sources) for d in done):
                if stdin_copy and document.source.startswith(stdin_copy):  # (an archive's members too)
                    document.source = "-" + document.source[len(stdin_copy):]
                failed |= document.status == "failed"
                if text:
                    if document.status == "failed":  # no text: say why, where the text would not be mistaken for it
                        err.print(f"[red]{plain(document.source)}[/]: {document.error_code}: {plain(document.error)}")
                        continue
                    if len(sources) > 1:  # which file's text this is, as head(1) marks its files
                        sys.stdout.write(f"==> {document.source} <==\n")
                    sys.stdout.write(document.text)
                    if not document.text.endswith("\n"):
                        sys.stdout.write("\n")
                elif as_json:
                    sys.stdout.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
                else:
                    _print_document(document)
                sys.stdout.flush()
    raise typer.Exit(4 if failed else 0)


@contextmanager
def _stdin_as_file(files: list[str]) -> Iterator[tuple[list[str], str | None]]:
    """``-`` among the files: standard input's bytes, copied to a temporary file for the worker to read (its
    documents are then given the source ``-``; a ZIP archive that is no DOCX is named so, and its files are read)."""
    if "-" not in files:
        yield files, None
        return
    import zipfile

    with tempfile.TemporaryDirectory(prefix="vnadmin-stdin-") as folder:
        copy = os.path.join(folder, "stdin")
        with open(copy, "wb") as handle:
            shutil.copyfileobj(sys.stdin.buffer, handle)
        if zipfile.is_zipfile(copy):
            with zipfile.ZipFile(copy) as archive:
                if "word/document.xml" not in archive.NameToInfo:
                    os.rename(copy, copy + ".zip")
                    copy += ".zip"
        yield [copy if f == "-" else f for f in files], copy


def _pipeline(name: str, ocr: str | None = None, no_segment: bool = False):
    import dataclasses

    from vnadmin.pipelines import load

    try:
        chosen = load(name)
    except ValueError as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    if ocr is not None:
        if ocr not in ("auto", "always", "never"):
            err.print(f"[red]error:[/] --ocr must be auto, always or never, not {plain(repr(ocr))}")
            raise typer.Exit(2)
        chosen = dataclasses.replace(chosen, ocr=ocr)
    if no_segment:
        chosen = chosen.without_segmentation()
    return chosen


def _print_document(document) -> None:
    h = document.header
    console.rule(Text(_as_text(document.source), style="bold"))
    console.print(f"format {document.format} · status [bold]{document.status}[/]"
                  + (f" · {document.error_code}: {plain(document.error)}" if document.error else ""))
    table = Table(show_header=False, box=None)
    for name in ("number", "type", "issuer", "parent_issuer", "place", "issue_date", "subject", "signer",
                 "signer_title"):
        value = getattr(h, name)
        if value:
            table.add_row(name, shown(value))
    if h.signing_authority:
        table.add_row("signing_authority", shown(" / ".join(h.signing_authority)))
    if h.recipients:
        table.add_row("recipients", shown("; ".join(h.recipients)))
    console.print(table)
    if document.citations:
        cites = Table(title=f"{len(document.citations)} citations", title_justify="left")
        for column in ("kind", "number / name", "date", "issuer", "context"):
            cites.add_column(column)
        for c in document.citations:
            cites.add_row(*map(shown, (c.kind, c.number or c.name, c.date, c.issuer, c.context)))
        console.print(cites)
    for finding in document.findings:
        console.print(f"[yellow]{finding.severity}[/] {finding.check}: {plain(finding.message)}")


@app.command()
def ingest(
    inputs: Annotated[list[Path], typer.Argument(help="folders (walked recursively) or files")],
    out: Annotated[Path, typer.Option("-o", "--out", help="dataset folder to write (resumed if it exists)")],
    workers: Annotated[Optional[int], typer.Option(help="worker processes (default: all cores)", min=1)] = None,
    part_size: Annotated[Optional[int], typer.Option(help="documents per Parquet part", min=1)] = None,
    progress: Annotated[bool, typer.Option(help="show a progress bar")] = True,
    pipeline: Annotated[str, typer.Option(help="pipeline name (pipelines/NAME.toml) or TOML path")] = "default",
    ocr: Annotated[Optional[str], typer.Option(help="auto | always | never (default: the pipeline's, auto)")] = None,
    no_segment: Annotated[bool, typer.Option("--no-segment", help="skip word segmentation (much faster)")] = False,
    dask: Annotated[Optional[str], typer.Option(
        help="run on Dask: 'local' starts a LocalCluster, or a scheduler address tcp://HOST:8786")] = None,
    timeout: Annotated[Optional[float], typer.Option(
        help="seconds one document may take (default: the pipeline's limits.timeout_s, 600)", min=0.001)] = None,
    memory_mb: Annotated[Optional[int], typer.Option(
        help="memory a worker may use for one document (default: the pipeline's limits.memory_mb, 4096)",
        min=1)] = None,
    retry: Annotated[Optional[list[str]], typer.Option(
        help="read again the documents an earlier run left with this status: failed, partial (repeatable); "
             "their new rows replace the old ones")] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="say what would be read and what skipped, read and write nothing")] = False,
) -> None:
    """Process every supported file under INPUTS (folders walked recursively; .zip archives read in place) into a
    Parquet dataset at OUT. A rerun skips what OUT already holds, so an interrupted run resumes; with --retry
    failed (after raising --timeout, installing a converter ...) it reads the failed documents again.

    Exit status: 0 every document ok; 3 some read only in part (e.g. pages needing OCR); 4 some failed;
    1 the run itself could not go on (bad options, output not writable); 130 interrupted (Ctrl-C).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
        TimeRemainingColumn

    from vnadmin.dataset import DatasetBusy
    from vnadmin.run.ingest import UsageError, check_inputs, plan_ingest, run_ingest

    unknown = sorted(set(retry or ()) - {"failed", "partial"})
    if unknown:
        err.print(f"[red]--retry takes failed or partial[/], not {plain(', '.join(unknown))}")
        raise typer.Exit(2)
    try:
        check_inputs(inputs, out)
    except UsageError as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    if dry_run:
        _print_plan(plan_ingest(inputs, out, retry or ()), out)
        raise typer.Exit(0)
    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:>7.1f} docs/s"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=err, disable=not progress, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0)

        def started(total: int) -> None:
            bar.update(task, total=total)

        def done(_document) -> None:
            bar.advance(task)
            elapsed = bar.tasks[0].elapsed or 0
            bar.update(task, rate=bar.tasks[0].completed / elapsed if elapsed else 0.0)

        chosen = _pipeline(pipeline, ocr, no_segment).with_limits(timeout_s=timeout, memory_mb=memory_mb)
        try:
            summary = run_ingest(inputs, out, workers=workers, part_size=part_size, on_start=started,
                                 on_document=done, pipeline=chosen, dask=dask, retry=retry or ())
        except KeyboardInterrupt as stop:
            signum = getattr(stop, "signum", 2)  # SIGTERM, SIGHUP (Stopped) or Ctrl-C
            err.print(f"[yellow]{'interrupted' if signum == 2 else f'stopped by {stop}'}[/]: what was done is "
                      "committed; run the same command again to resume")
            raise typer.Exit(128 + signum) from None
        except DatasetBusy as error:
            err.print(f"[red]error:[/] {plain(error)}")
            raise typer.Exit(1) from None
        except OSError as error:
            if not _cannot_write(error, out):
                raise
            err.print(f"[red]error:[/] the dataset cannot be written ({plain(error.strerror)}: "
                      f"{plain(error.filename or out)}): what was committed before is kept; make room (or make it "
                      "writable) and run the same command again to resume")
            raise typer.Exit(1) from None
    _print_summary(summary, out)
    raise typer.Exit(summary.exit_code)


def _cannot_write(error: OSError, out: Path) -> bool:
    """Whether an error of the run is the dataset's that cannot be written: a full disk or a read-only file system
    (only writing meets them: Arrow does not say which file), or a permission refused on the dataset's folder or a
    file in it (an input's refused permission is not the dataset's)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return True
    if error.errno not in (errno.EACCES, errno.EPERM) or error.filename is None:
        return False
    real, dataset = os.path.realpath(os.fsdecode(error.filename)), os.path.realpath(out)
    return real == dataset or real.startswith(dataset.rstrip("/") + "/")


def _print_plan(plan, out: Path) -> None:
    held = ", ".join(f"{n} {status}" for status, n in plan.skipped.most_common())
    console.print(f"{plan.total} files under the inputs: [bold]{len(plan.todo)}[/] to read "
                  f"({plan.todo_bytes / 1e6:,.1f} MB), {sum(plan.skipped.values())} already in {plain(out)}"
                  f"{f' ({held})' if held else ''}. Dry run: nothing was read or written.")
    if plan.formats:
        console.print(_count_table("to read, by extension", "extension", plan.formats, "files"))


def _count_table(title: str, label: str, counts, count_label: str = "count") -> Table:
    """A two-column table of a Counter, most common first."""
    table = Table(title=title, title_justify="left")
    table.add_column(label)
    table.add_column(count_label, justify="right")
    for key, count in counts.most_common():
        table.add_row(shown(key), str(count))
    return table


def _print_summary(summary, out: Path) -> None:
    if not summary.total:
        err.print("[yellow]warning:[/] no file found under the inputs (hidden files, those a .vnadminignore names "
                  "and symlinked folders are left out)")
    rate = summary.processed / summary.seconds if summary.seconds else 0.0
    earlier = ", ".join(f"{n} {status}" for status, n in summary.skipped_status.most_common() if status != "ok")
    console.print(f"[bold]{summary.processed}[/] documents processed, {summary.skipped} already in the dataset"
                  f"{f' ({earlier})' if earlier else ''}, in {summary.seconds:.1f} s ({rate:.1f} docs/s) → "
                  f"{plain(out)}")
    if summary.worker_restarts:
        console.print(f"{summary.worker_restarts} worker process(es) were replaced after a document stopped or "
                      "crashed them (see the errors table)")
    console.print(_count_table("documents by status and type", "status", summary.status),
                  _count_table(" ", "type", summary.types),
                  _count_table("citations by kind", "kind", summary.citation_kinds))
    if summary.errors:
        console.print(_count_table("problems (see the errors table)", "error_code", summary.errors, "documents"))


@app.command()
def query(
    out: Annotated[Path, typer.Argument(help="dataset folder")],
    sql: Annotated[str, typer.Argument(help="one read-only SQL statement over the tables (views)")],
    csv: Annotated[bool, typer.Option("--csv", help="CSV on stdout instead of a table")] = False,
    limit: Annotated[int, typer.Option(help="rows shown in the table view")] = 200,
) -> None:
    """Run read-only DuckDB SQL over a dataset: one view per table (documents, citations, dates, ...)."""
    from vnadmin.dataset import query as run_query

    try:
        frame = run_query(out, sql)
    except (PermissionError, ValueError, FileNotFoundError) as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    except Exception as error:  # DuckDB's own errors (syntax, unknown column ...) are for the user to read
        err.print(f"[red]error:[/] {type(error).__name__}: {plain(error)}")
        raise typer.Exit(2) from None
    if csv:
        from vnadmin.dataset import csv_value

        frame.map(csv_value).to_csv(sys.stdout, index=False)  # lists as JSON, as every other CSV vnadmin writes
        return
    table = Table(show_lines=False)
    for column in frame.columns:
        table.add_column(shown(column), overflow="fold")
    for row in frame.head(limit).itertuples(index=False):
        table.add_row(*map(shown, row))
    console.print(table)
    if len(frame) > limit:
        console.print(f"({len(frame)} rows, {limit} shown; --csv for all)")


@app.command()
def status(out: Annotated[Path, typer.Argument(help="dataset folder written by `vnadmin ingest`")]) -> None:
    """What a dataset holds: its documents by status and format, its problems by code, its parts and when they
    were written (during a run too: what is committed so far)."""
    from vnadmin.dataset import connect, on_disk, read_manifest, superseded

    try:
        con = connect(out)
    except FileNotFoundError as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    try:
        def rows(sql: str) -> list[tuple]:
            return con.execute(sql).fetchall()

        total = rows("SELECT count(*) FROM documents")[0][0]
        by_status = rows("SELECT status, count(*) FROM documents GROUP BY ALL ORDER BY 2 DESC, 1")
        by_format = rows("SELECT format, status, count(*) FROM documents GROUP BY ALL ORDER BY 1, 3 DESC")
        problems = rows("SELECT severity, error_code, count(*) FROM errors GROUP BY ALL ORDER BY 1, 3 DESC, 2")
        citations = rows("SELECT count(*) FROM citations")[0][0]
    finally:
        con.close()
    listed = read_manifest(out)
    manifest = on_disk(listed, out)
    gone = [entry for entry in listed if entry not in manifest]
    if gone:
        names = ", ".join(entry["part"] for entry in gone[:3]) + (" …" if len(gone) > 3 else "")
        err.print(f"[yellow]warning:[/] {len(gone)} part(s) the manifest lists are not on disk ({names}): their "
                  f"{sum(len(entry['documents']) for entry in gone)} documents are not in the tables; `vnadmin "
                  "ingest` with the same inputs reads them again")
    written = [entry["written_at"] for entry in manifest if entry.get("written_at")]
    replaced = len(superseded(manifest))
    when = "" if not written else f" written {written[0]}" if written[0] == written[-1] else \
        f" written {written[0]} – {written[-1]}"
    console.print(f"[bold]{plain(out)}[/]: {total} documents, {citations} citations, in {len(manifest)} "
                  f"part{'' if len(manifest) == 1 else 's'}{when}"
                  + (f"; {replaced} earlier rows replaced (read again with --retry, or the file changed)"
                     if replaced else ""))
    summary = Table(title="documents", title_justify="left")
    for column in ("format", "status", "count"):
        summary.add_column(column, justify="right" if column == "count" else "left")
    for fmt, state, count in by_format:
        summary.add_row(shown(fmt), state, str(count))
    console.print(summary)
    if problems:
        table = Table(title="problems (errors table)", title_justify="left")
        for column in ("severity", "code", "count"):
            table.add_column(column, justify="right" if column == "count" else "left")
        for severity, code, count in problems:
            table.add_row(severity, code or "", str(count))
        console.print(table)
    counts = dict(by_status)
    if counts.get("failed") or counts.get("partial"):
        which = " ".join(f"--retry {s}" for s in ("failed", "partial") if counts.get(s))
        console.print(f"Once their cause is fixed: vnadmin ingest INPUTS -o {plain(out)} {which}")


@app.command(name="eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="gold files or folders of *.gold.json")],
    as_json: Annotated[bool, typer.Option("--json", help="the whole report as JSON")] = False,
    details: Annotated[bool, typer.Option(help="list each document's misses")] = False,
    against: Annotated[Optional[Path], typer.Option(
        help="a folder of a second annotator's gold files of the same texts: score that annotation against the "
             "gold instead of the tool (how far two annotators agree)")] = None,
) -> None:
    """Precision and recall per header field and for citations on gold annotations."""
    from vnadmin.eval import evaluate as run_eval

    report = run_eval(gold, against=against)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    console.print(f"{len(report.documents)} documents scored" + (f", {len(report.skipped)} skipped" if report.skipped
                                                                 else "")
                  + (f" (the annotation in {plain(against)} against the gold: 'got' is the second annotator's)"
                     if against
                     else ""))
    for path, reason in report.skipped:
        console.print(f"  skipped {plain(path)}: {plain(reason)}")
    table = Table(title="header fields", title_justify="left")
    for column in ("field", "precision", "recall", "tp", "fp", "fn"):
        table.add_column(column, justify="right" if column != "field" else "left")
    for name, c in report.fields().items():
        table.add_row(name, f"{c.precision:.3f}", f"{c.recall:.3f}", str(c.tp), str(c.fp), str(c.fn))
    console.print(table)
    cites = Table(title="citations (numbered: number+date; named: name+date)", title_justify="left")
    for column in ("citations", "precision", "recall", "F1", "tp", "fp", "fn"):
        cites.add_column(column, justify="right" if column != "citations" else "left")
    for name, c in report.citations().items():
        cites.add_row(name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
    console.print(cites)
    lists = report.lists()
    if lists:
        table = Table(title="channels, difficulties, recommendations, quantities", title_justify="left")
        for column in ("items", "precision", "recall", "tp", "fp", "fn"):
            table.add_column(column, justify="right" if column != "items" else "left")
        for name, c in lists.items():
            table.add_row(name, f"{c.precision:.3f}", f"{c.recall:.3f}", str(c.tp), str(c.fp), str(c.fn))
        console.print(table)
    accuracy = report.accuracy()
    console.print("matched citations: " + ", ".join(
        f"{k} accuracy {v:.3f}" for k, v in accuracy.items() if v is not None))
    if details:
        for doc in report.documents:
            if doc.missed or doc.spurious or doc.field_errors or doc.citation_errors:
                console.rule(Text(_as_text(doc.gold_file)))
                for name, (expected, got) in doc.field_errors.items():
                    console.print(f"  {name}: gold {plain(repr(expected))} · got {plain(repr(got))}")
                if doc.missed:
                    console.print("  missed: " + plain("; ".join(doc.missed)))
                if doc.spurious:
                    console.print("  spurious: " + plain("; ".join(doc.spurious)))
                for error in doc.citation_errors:  # matched, with another kind or issuer
                    console.print(f"  {plain(error['citation'])} {error['field']}: gold "
                                  f"{plain(repr(error['gold']))} · got {plain(repr(error['got']))}")


@app.command()
def check(
    out: Annotated[Path, typer.Argument(help="dataset folder written by `vnadmin ingest`")],
    html: Annotated[Optional[Path], typer.Option("--html", help="also write an HTML report with the evidence")] = None,
    registry_csv: Annotated[Optional[Path], typer.Option("--registry", help="a user's list of instruments (CSV: "
                                                          "number, date, issuer, title)")] = None,
    limit: Annotated[int, typer.Option(help="findings shown per check")] = 10,
) -> None:
    """Consistency checks across the archive; prints findings grouped by check and writes them to the dataset
    (the `findings` view then holds the per-document and the archive findings)."""
    from vnadmin.check.archive import run_archive_checks
    from vnadmin.dataset import connect

    try:
        report = run_archive_checks(out, registry_csv)
    except (FileNotFoundError, ValueError) as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    con = connect(out)
    try:
        findings = con.execute("SELECT * FROM findings ORDER BY \"check\", path").df()
    finally:
        con.close()
    console.print(f"{len(findings)} findings ({(findings.scope == 'document').sum()} within documents, "
                  f"{(findings.scope == 'archive').sum()} across the archive); {report.links} citations resolved "
                  f"to documents of the archive; {report.seconds:.1f} s")
    for name, group in findings.groupby("check", sort=True):
        table = Table(title=f"{name} ({len(group)}, {group.severity.iloc[0]})", title_justify="left")
        table.add_column("document", overflow="fold")
        table.add_column("finding", overflow="fold")
        for row in group.head(limit).itertuples(index=False):
            table.add_row(shown(row.path), shown(row.message_vi))
        console.print(table)
    if html:
        from vnadmin.check.report import write_html
        from vnadmin.dataset import open_dataset

        texts = {(r.doc_id, r.path): r.text for r in open_dataset(out).texts.itertuples(index=False)}
        write_html(findings, texts, html, f"vnadmin check — {out}")
        console.print(f"report: {plain(html)}")


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="dataset folder")],
    to: Annotated[str, typer.Option("--to", help="csv | xlsx | sqlite | parquet")],
    target: Annotated[Optional[Path], typer.Option("-o", "--output", help="file (xlsx, sqlite) or folder (csv, "
                                                     "parquet); default: OUT/export.FORMAT")] = None,
) -> None:
    """Export every table: CSV (UTF-8 with BOM, for Excel), Excel (a sheet per table), SQLite, Parquet."""
    from vnadmin.dataset.export import export as run_export

    target = target or Path(out) / f"export.{to}"
    try:
        written = run_export(out, target, to)
    except (ValueError, FileNotFoundError) as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    console.print(f"{len(written)} file(s) written: {plain(target)}")


registry_app = typer.Typer(help="The instrument registry: build, show, import a user's list.", no_args_is_help=True)
app.add_typer(registry_app, name="registry")


@registry_app.command("build")
def registry_build(out: Annotated[Path, typer.Argument(help="dataset folder")],
                   csv_file: Annotated[Optional[Path], typer.Option("--csv", help="a user's list to import first")] = None
                   ) -> None:
    """Build the registry from the headers, the citations and the imported user list."""
    from vnadmin.check.registry import build_registry

    try:
        registry = build_registry(out, csv_file)
    except (FileNotFoundError, ValueError) as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    console.print(f"{len(registry)} instruments: " + ", ".join(
        f"{count} from {source}" for source, count in registry.source.value_counts().items()))


@registry_app.command("import")
def registry_import(out: Annotated[Path, typer.Argument(help="dataset folder")],
                    csv_file: Annotated[Path, typer.Argument(help="CSV with columns number, date, issuer, title")]
                    ) -> None:
    """Keep a user's list of instruments in the dataset (it takes precedence over what the archive says)."""
    from vnadmin.check.registry import build_registry, import_user_list

    try:
        rows = import_user_list(out, csv_file)
    except (FileNotFoundError, ValueError) as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None
    build_registry(out)
    console.print(f"{rows} instruments imported")


@registry_app.command("show")
def registry_show(out: Annotated[Path, typer.Argument(help="dataset folder")],
                  number: Annotated[Optional[str], typer.Argument(help="one instrument's number")] = None,
                  csv: Annotated[bool, typer.Option("--csv", help="CSV on stdout")] = False) -> None:
    """Print the registry (or one instrument of it)."""
    from vnadmin.check.registry import REGISTRY_FILE, build_registry
    from vnadmin.extract.numbers import normalize_number

    path = Path(out) / "archive" / REGISTRY_FILE
    if not path.exists():
        try:
            build_registry(out)
        except (FileNotFoundError, ValueError) as error:
            err.print(f"[red]error:[/] {plain(error)}")
            raise typer.Exit(2) from None
    import pandas as pd

    registry = pd.read_parquet(path)
    if number:
        registry = registry[registry.number == (normalize_number(number) or number)]
    if csv:
        registry.to_csv(sys.stdout, index=False)
        return
    table = Table()
    for column in registry.columns:
        table.add_column(column, overflow="fold")
    for row in registry.head(500).itertuples(index=False):
        table.add_row(*map(shown, row))
    console.print(table)


@app.command()
def serve(
    out: Annotated[Path, typer.Argument(help="dataset folder written by `vnadmin ingest`")],
    host: Annotated[str, typer.Option(help="address to listen on (loopback unless --allow-remote)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    allow_remote: Annotated[bool, typer.Option("--allow-remote", help="allow a non-loopback --host: anyone who "
                                               "reaches it can read the dataset")] = False,
) -> None:
    """A local web app over a dataset: browse and filter the tables, run read-only SQL, read each document with
    its extractions highlighted and its findings beside the text."""
    from vnadmin.serve import serve as run_server

    try:
        run_server(out, host=host, port=port, allow_remote=allow_remote)
    except (PermissionError, FileNotFoundError) as error:
        err.print(f"[red]error:[/] {plain(error)}")
        raise typer.Exit(2) from None


@app.command()
def tables(markdown: Annotated[bool, typer.Option("--markdown", help="Markdown, as in the README")] = False) -> None:
    """Describe the tables of a dataset and their columns."""
    from vnadmin.dataset.schema import TABLES, markdown_reference

    if markdown:
        sys.stdout.write(markdown_reference() + "\n")
        return
    for name, (about, columns) in TABLES.items():
        table = Table(title=f"{name}: {about}", title_justify="left")
        for column in ("column", "type", "meaning"):
            table.add_column(column)
        for c in columns:
            table.add_row(c.name, str(c.type), c.doc)
        console.print(table)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
