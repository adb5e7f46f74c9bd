package dev.ember.engine.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The renames that publish a staged write, written down (atomically) before the first of them runs, so that a write
 * whose process died half-way through publishing is finished by the next one to look (roll forward): each rename
 * whose source is still there and whose destination is not (or may be replaced) is done again, in order.
 */
final class CommitJournal {
  private static final String FILE = "commit.journal";

  /** One rename: {@code from} to {@code to}, replacing {@code to} when {@code replace}. */
  record Move(Path from, Path to, boolean replace) {
  }

  private CommitJournal() {
  }

  /** Writes the journal of {@code moves} into the staging directory: to a temporary file, then renamed. */
  static void write(Path staging, List<Move> moves) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Move move : moves) {
      lines.add((move.replace() ? "replace" : "move") + "\t" + move.from() + "\t" + move.to());
    }
    Path written = staging.resolve(FILE + ".tmp");
    Files.write(written, lines, StandardCharsets.UTF_8);
    Files.move(written, staging.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Does the journal's renames, in order, that are not done yet. */
  static void replay(Path staging) throws IOException {
    for (Move move : read(staging)) {
      run(move);
    }
  }

  static boolean exists(Path staging) {
    return Files.exists(staging.resolve(FILE));
  }

  /** One rename, unless it is done already (its source gone, or its destination there and not to be replaced). */
  static void run(Move move) throws IOException {
    if (!Files.exists(move.from(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (move.replace()) {
      Files.createDirectories(move.to().getParent());
      Files.move(move.from(), move.to(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } else if (!Files.exists(move.to(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(move.to().getParent());
      Files.move(move.from(), move.to(), StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static List<Move> read(Path staging) throws IOException {
    List<Move> moves = new ArrayList<>();
    for (String line : Files.readAllLines(staging.resolve(FILE), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", 3);
      moves.add(new Move(Path.of(fields[1]), Path.of(fields[2]), fields[0].equals("replace")));
    }
    return moves;
  }
}
