package io.mec4j.platform.meo.pkg;

import java.util.Locale;

/**
 * The rules for file names inside an application package: relative, {@code /}-separated, no {@code .} or {@code ..}
 * segments, no backslashes, colons or control characters. A name that passes cannot leave the directory it is
 * resolved against, on any file system mec4j runs on.
 */
final class EntryNames {

  /** Longest name accepted, in characters. */
  static final int MAX_LENGTH = 1024;

  /** Longest segment accepted, in characters. */
  static final int MAX_SEGMENT = 255;

  private EntryNames() {}

  /**
   * Checks a file name.
   *
   * @param name the name as stored in the archive, without a trailing {@code /}
   * @return null when the name is acceptable, otherwise why not
   */
  static @org.jspecify.annotations.Nullable String problem(String name) {
    if (name.isEmpty()) {
      return "an entry has an empty name";
    }
    String shown = shown(name);
    if (name.length() > MAX_LENGTH) {
      return "entry name '" + shown + "' is longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return "entry name '" + shown + "' contains a control character";
      }
      if (c == '\\') {
        return "entry name '" + shown + "' contains a backslash (path traversal on Windows; use /)";
      }
      if (c == ':') {
        return "entry name '" + shown + "' contains a colon (a drive letter or stream name)";
      }
    }
    if (name.startsWith("/")) {
      return "entry name '" + shown + "' is an absolute path";
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty()) {
        return "entry name '" + shown + "' has an empty path segment";
      }
      if (segment.equals("..")) {
        return "entry name '" + shown + "' has a .. segment (path traversal)";
      }
      if (segment.equals(".")) {
        return "entry name '" + shown + "' has a . segment";
      }
      if (segment.length() > MAX_SEGMENT) {
        return "entry name '" + shown + "' has a segment longer than " + MAX_SEGMENT + " characters";
      }
    }
    return null;
  }

  /**
   * The key under which names collide: case-insensitive file systems treat {@code A.txt} and {@code a.txt} as one
   * file.
   *
   * @param name a checked name
   * @return its collision key
   */
  static String collisionKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** A name made safe to print in a message: control characters escaped, long names cut. */
  static String shown(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length() && b.length() < 200; i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (b.length() >= 200) {
      b.append("...");
    }
    return b.toString();
  }
}
