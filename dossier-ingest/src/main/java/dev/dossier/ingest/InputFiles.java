package dev.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands what the user named (files, folders, globs such as {@code news/*.html}) into the list of
 * files to read, in a stable order. Folders are read recursively; hidden files and folders are
 * ignored.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<Path> expand(List<String> args) {
    if (args.isEmpty()) {
      throw new InputException("no input given: name a folder, files or a glob");
    }
    List<Path> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
        out.addAll(glob(arg));
        continue;
      }
      Path p = Path.of(arg);
      if (!Files.exists(p)) {
        throw new InputException("no such file or folder: " + arg);
      }
      if (Files.isDirectory(p)) {
        List<Path> inDir = listDir(p);
        if (inDir.isEmpty()) {
          throw new InputException("folder has no readable files: " + arg);
        }
        out.addAll(inDir);
      } else {
        out.add(p);
      }
    }
    if (out.isEmpty()) {
      throw new InputException("no files match " + String.join(" ", args));
    }
    return out.stream().distinct().toList();
  }

  private static List<Path> listDir(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(
              f ->
                  !dir.relativize(f).toString().startsWith(".")
                      && !dir.relativize(f).toString().contains("/."))
          .filter(f -> ArticleFormat.of(f) != null)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> glob(String pattern) {
    // Split the pattern into the longest literal folder prefix and the part to match.
    Path patternPath = Path.of(pattern);
    Path base = patternPath.isAbsolute() ? patternPath.getRoot() : Path.of(".");
    int i = 0;
    for (; i < patternPath.getNameCount() - 1; i++) {
      String part = patternPath.getName(i).toString();
      if (part.contains("*") || part.contains("?") || part.contains("[")) {
        break;
      }
      base = base.resolve(part);
    }
    Path root = base;
    PathMatcher m =
        FileSystems.getDefault()
            .getPathMatcher("glob:" + patternPath.subpath(i, patternPath.getNameCount()));
    if (!Files.isDirectory(root)) {
      throw new InputException("no such folder for glob: " + root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> m.matches(root.relativize(f)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
