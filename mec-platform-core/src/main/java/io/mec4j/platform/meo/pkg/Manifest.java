package io.mec4j.platform.meo.pkg;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The package manifest ({@link AppPackageFormat#MANIFEST}): metadata and the SHA-256 of every file. Reads strictly
 * (every malformed line is an error naming its line number) and writes the canonical form.
 *
 * @param metadata the metadata block, in order
 * @param digests lower-case hexadecimal SHA-256 by file path, in order
 */
record Manifest(Map<String, String> metadata, Map<String, String> digests) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

  Manifest {
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    digests = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(digests));
  }

  /**
   * Writes the manifest.
   *
   * @return UTF-8 bytes, LF line ends
   */
  byte[] toBytes() {
    StringBuilder b = new StringBuilder("metadata:\n");
    metadata.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
    digests.forEach((path, hash) -> b.append('\n')
        .append("Source: ").append(path).append('\n')
        .append("Algorithm: ").append(AppPackageFormat.DIGEST_ALGORITHM).append('\n')
        .append("Hash: ").append(hash).append('\n'));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a manifest.
   *
   * @param bytes the file
   * @return the manifest
   * @throws PackageRejectedException naming the line and what is wrong
   */
  static Manifest parse(byte[] bytes) throws PackageRejectedException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw reject(0, "it is not UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = List.of(text.split("\r?\n", -1));
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i >= lines.size() || !lines.get(i).strip().equals("metadata:")) {
      throw reject(i + 1, "it must start with a 'metadata:' line");
    }
    i++;
    Map<String, String> metadata = new LinkedHashMap<>();
    for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String[] kv = keyValue(lines.get(i), i + 1);
      if (metadata.putIfAbsent(kv[0], kv[1]) != null) {
        throw reject(i + 1, "metadata key '" + kv[0] + "' is given twice");
      }
    }
    String version = metadata.get(AppPackageFormat.FORMAT_VERSION_KEY);
    if (version == null) {
      throw reject(0, "the metadata has no " + AppPackageFormat.FORMAT_VERSION_KEY);
    }
    if (!version.equals(AppPackageFormat.FORMAT_VERSION)) {
      throw reject(0, AppPackageFormat.FORMAT_VERSION_KEY + " is " + version + "; this MEO reads version "
          + AppPackageFormat.FORMAT_VERSION);
    }
    Map<String, String> digests = new LinkedHashMap<>();
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      int blockStart = i + 1;
      String source = null;
      String algorithm = null;
      String hash = null;
      for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
        String[] kv = keyValue(lines.get(i), i + 1);
        switch (kv[0]) {
          case "Source" -> source = once(source, kv, i + 1);
          case "Algorithm" -> algorithm = once(algorithm, kv, i + 1);
          case "Hash" -> hash = once(hash, kv, i + 1);
          default -> throw reject(i + 1, "unknown key '" + kv[0] + "' in a file block (expected Source, Algorithm,"
              + " Hash)");
        }
      }
      if (source == null || algorithm == null || hash == null) {
        throw reject(blockStart, "a file block needs Source, Algorithm and Hash");
      }
      String problem = EntryNames.problem(source);
      if (problem != null) {
        throw reject(blockStart, problem);
      }
      if (AppPackageFormat.isManifestFile(source)) {
        throw reject(blockStart, source + " must not be listed");
      }
      if (!algorithm.equalsIgnoreCase(AppPackageFormat.DIGEST_ALGORITHM)) {
        throw reject(blockStart, "Algorithm of " + source + " is " + algorithm + "; only "
            + AppPackageFormat.DIGEST_ALGORITHM + " is supported");
      }
      if (!HEX64.matcher(hash).matches()) {
        throw reject(blockStart, "Hash of " + source + " is not 64 hexadecimal digits");
      }
      if (digests.putIfAbsent(source, hash.toLowerCase(Locale.ROOT)) != null) {
        throw reject(blockStart, source + " is listed twice");
      }
    }
    return new Manifest(metadata, digests);
  }

  private static String once(@org.jspecify.annotations.Nullable String current, String[] kv, int line)
      throws PackageRejectedException {
    if (current != null) {
      throw reject(line, kv[0] + " is given twice in one file block");
    }
    return kv[1];
  }

  private static String[] keyValue(String line, int number) throws PackageRejectedException {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw reject(number, "expected 'key: value'");
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    if (key.isEmpty() || value.isEmpty()) {
      throw reject(number, "expected 'key: value'");
    }
    return new String[] {key, value};
  }

  private static PackageRejectedException reject(int line, String what) {
    return new PackageRejectedException("Invalid " + AppPackageFormat.MANIFEST
        + (line > 0 ? " (line " + line + ")" : "") + ": " + what);
  }
}
