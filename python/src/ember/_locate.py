"""Where Ember's jar and Java are, and the flags Ember's JVM runs with (those of bin/ember)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import List, Optional, Tuple

BUILD_COMMAND = "mvn -B -q -pl ember -am package -DskipTests"


class EmberError(RuntimeError):
    """Ember could not start: no Java, no built jar, or the server failed (its output is in the message)."""


def ember_home(home: Optional[os.PathLike | str] = None) -> Path:
    """The Ember checkout: ``home``, else ``$EMBER_HOME``, else the checkout this package lives in."""
    if home is not None:
        return Path(home)
    if os.environ.get("EMBER_HOME"):
        return Path(os.environ["EMBER_HOME"])
    # python/src/ember/_locate.py in a checkout: the directory above that holds the Maven module ember/
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "ember" / "pom.xml").is_file():
            return parent
    return here.parents[3]


def ember_jar(home: Optional[os.PathLike | str] = None) -> Path:
    """The built ``ember/target/ember-*.jar``; an error saying how to build it when there is none."""
    root = ember_home(home)
    target = root / "ember" / "target"
    jars = sorted(jar for jar in target.glob("ember-*.jar")
                  if not jar.name.endswith(("-sources.jar", "-tests.jar", "-javadoc.jar")))
    if not jars or not (target / "lib").is_dir():
        raise EmberError(
            f"Ember's jar is not built: no ember/target/ember-*.jar with ember/target/lib in {root}. "
            f"Build it with `{BUILD_COMMAND}` in that checkout, or set EMBER_HOME to a checkout where it is built.")
    return jars[0]


def classpath(home: Optional[os.PathLike | str] = None) -> str:
    """The jar and its libraries, named one by one (a class-data-sharing archive needs the same list each run)."""
    jar = ember_jar(home)
    libraries = sorted(str(lib) for lib in (jar.parent / "lib").glob("*.jar"))
    return os.pathsep.join([str(jar), *libraries])


def find_java(java: Optional[str] = None) -> str:
    """``java``, else ``$JAVA_HOME/bin/java``, else ``java`` on the PATH; an error saying what to install."""
    if java:
        return java
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("java")
    if found:
        return found
    raise EmberError(
        "Java was not found: Ember runs on Java 17 or later. Install a JDK (e.g. `apt-get install openjdk-17-jre-headless`) "
        "and put `java` on the PATH, or set JAVA_HOME.")


def java_flags(home: Optional[os.PathLike | str] = None) -> Tuple[List[str], Optional[Path]]:
    """bin/ember's flags: Arrow's opens, a class-data-sharing archive next to the jar (EMBER_CDS=off: none),
    then ``$EMBER_JAVA_OPTS``; and the file a JVM records a new archive to, when it does (moved into place by
    :func:`keep_archive` once the JVM has exited, so that no JVM reads an archive half written)."""
    flags: List[str] = []
    recording = None
    if os.environ.get("EMBER_CDS", "on") != "off":
        jar = ember_jar(home)
        archive = _archive(jar)
        quiet = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
        # the JVM refuses an archive older than any jar of its classpath (silently, with -Xshare:auto)
        newest = max(path.stat().st_mtime for path in [jar, *(jar.parent / "lib").glob("*.jar")])
        if archive.is_file() and archive.stat().st_mtime > newest:
            flags += [f"-XX:SharedArchiveFile={archive}", "-Xshare:auto", *quiet]
        elif os.access(jar.parent, os.W_OK):
            recording = archive.with_name(f"{archive.name}.{os.getpid()}.{id(flags)}.tmp")
            flags += [f"-XX:ArchiveClassesAtExit={recording}", *quiet]
    flags += ["--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED"]
    flags += os.environ.get("EMBER_JAVA_OPTS", "").split()
    return flags, recording


def keep_archive(recording: Optional[Path], home: Optional[os.PathLike | str] = None, complete: bool = True) -> None:
    """Moves an archive a JVM recorded at its exit into place (atomically); drops one of a JVM that was killed."""
    if recording is None:
        return
    try:
        if complete and recording.is_file() and recording.stat().st_size > 0:
            os.replace(recording, _archive(ember_jar(home)))
        else:
            recording.unlink(missing_ok=True)
    except OSError:
        pass


def _archive(jar: Path) -> Path:
    # its own archive: the classpath is listed in Python's order, which may differ from the shell's
    return jar.parent / "ember-cds-python.jsa"
