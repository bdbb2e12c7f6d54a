package io.mec4j.platform.meo.pkg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A ZIP reader for untrusted archives. It reads the central directory itself (not {@code java.util.zip}), so it sees
 * and refuses everything that lets an archive write outside its target or exhaust resources, before a byte is
 * unpacked:
 *
 * <ul>
 *   <li>names that are absolute, hold {@code ..} or {@code .} segments, backslashes, colons or control characters,
 *       or are not UTF-8;
 *   <li>symbolic links, devices and other special files (Unix mode in the external attributes);
 *   <li>duplicate names (also differing only in case), a file used as a directory of another entry;
 *   <li>more entries than allowed, entries or totals over the size limits, compression ratios over the limit;
 *   <li>encrypted entries, methods other than STORED and DEFLATED, ZIP64, multi-disk archives;
 *   <li>entries whose data overlap (the construction of non-recursive zip bombs), local headers that disagree with
 *       the central directory.
 * </ul>
 *
 * <p>Unpacking then counts the bytes actually inflated (never trusting declared sizes), checks each entry's size and
 * CRC-32, and computes its SHA-256.
 */
final class SafeZip {

  private static final int EOCD_SIG = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  private static final int CEN_SIG = 0x02014b50;
  private static final int LOC_SIG = 0x04034b50;
  private static final int EOCD_LEN = 22;
  private static final int CEN_LEN = 46;
  private static final int LOC_LEN = 30;
  private static final long RATIO_FLOOR = 1L << 20;

  /** One entry of the central directory. */
  record Entry(String name, boolean directory, int method, int flags, long crc, long compressedSize, long size,
      long localHeaderOffset, byte[] rawName) {}

  private final FileChannel channel;
  private final long fileSize;
  private final PackageLimits limits;
  private final List<Entry> entries;
  private final Map<String, Long> dataStart = new HashMap<>();
  private long centralDirectoryOffset;

  private SafeZip(FileChannel channel, PackageLimits limits) throws IOException, PackageRejectedException {
    this.channel = channel;
    this.fileSize = channel.size();
    this.limits = limits;
    this.entries = List.copyOf(readCentralDirectory());
    checkNames();
    checkSizes();
    checkLocalHeaders();
  }

  /**
   * Reads and checks an archive's structure; nothing is unpacked yet.
   *
   * @param channel the archive, readable; not closed here
   * @param limits the bounds
   * @return the checked archive
   * @throws PackageRejectedException naming the first problem found
   * @throws IOException when the file cannot be read
   */
  static SafeZip open(FileChannel channel, PackageLimits limits) throws IOException, PackageRejectedException {
    return new SafeZip(channel, limits);
  }

  /**
   * The entries, in central directory order.
   *
   * @return the entries
   */
  List<Entry> entries() {
    return entries;
  }

  /**
   * The names of the file (not directory) entries.
   *
   * @return the names, in archive order
   */
  List<String> fileNames() {
    return entries.stream().filter(e -> !e.directory()).map(Entry::name).toList();
  }

  // ------------------------------------------------------------------------------------------------ structure

  private ByteBuffer read(long position, int length) throws IOException, PackageRejectedException {
    if (position < 0 || position + length > fileSize) {
      throw new PackageRejectedException("Corrupt archive: a header points outside the file");
    }
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (channel.read(b, position + b.position()) < 0) {
        throw new PackageRejectedException("Corrupt archive: unexpected end of file");
      }
    }
    return b.flip();
  }

  private List<Entry> readCentralDirectory() throws IOException, PackageRejectedException {
    if (fileSize < EOCD_LEN) {
      throw new PackageRejectedException("The package is not a ZIP archive: it is only " + fileSize + " bytes long");
    }
    int tailLength = (int) Math.min(fileSize, EOCD_LEN + 0xFFFF);
    long tailStart = fileSize - tailLength;
    ByteBuffer tail = read(tailStart, tailLength);
    int eocd = -1;
    for (int i = tailLength - EOCD_LEN; i >= 0; i--) {
      if (tail.getInt(i) == EOCD_SIG && i + EOCD_LEN + (tail.getShort(i + 20) & 0xFFFF) == tailLength) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new PackageRejectedException("The package is not a ZIP archive: no end of central directory record");
    }
    long eocdPosition = tailStart + eocd;
    int disk = tail.getShort(eocd + 4) & 0xFFFF;
    int cdDisk = tail.getShort(eocd + 6) & 0xFFFF;
    int entriesOnDisk = tail.getShort(eocd + 8) & 0xFFFF;
    int total = tail.getShort(eocd + 10) & 0xFFFF;
    long cdSize = tail.getInt(eocd + 12) & 0xFFFFFFFFL;
    long cdOffset = tail.getInt(eocd + 16) & 0xFFFFFFFFL;
    if (total == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL
        || (eocdPosition >= 20 && read(eocdPosition - 20, 4).getInt(0) == ZIP64_LOCATOR_SIG)) {
      throw new PackageRejectedException("ZIP64 archives are not supported: packages are limited to "
          + limits.maxPackageBytes() + " bytes and " + limits.maxEntries() + " entries");
    }
    if (disk != 0 || cdDisk != 0 || entriesOnDisk != total) {
      throw new PackageRejectedException("Multi-disk (split) ZIP archives are not supported");
    }
    if (total > limits.maxEntries()) {
      throw new PackageRejectedException("The archive has " + total + " entries, more than the limit of "
          + limits.maxEntries());
    }
    if (cdOffset + cdSize != eocdPosition) {
      throw new PackageRejectedException("Corrupt archive: the central directory does not end where the end record"
          + " starts");
    }
    if (cdSize > Integer.MAX_VALUE) {
      throw new PackageRejectedException("Corrupt archive: central directory too large");
    }
    centralDirectoryOffset = cdOffset;
    ByteBuffer cd = read(cdOffset, (int) cdSize);
    List<Entry> out = new ArrayList<>(total);
    int p = 0;
    for (int n = 0; n < total; n++) {
      if (p + CEN_LEN > cdSize || cd.getInt(p) != CEN_SIG) {
        throw new PackageRejectedException("Corrupt archive: central directory entry " + (n + 1) + " is malformed");
      }
      int madeBy = cd.getShort(p + 4) & 0xFFFF;
      int flags = cd.getShort(p + 8) & 0xFFFF;
      int method = cd.getShort(p + 10) & 0xFFFF;
      long crc = cd.getInt(p + 16) & 0xFFFFFFFFL;
      long csize = cd.getInt(p + 20) & 0xFFFFFFFFL;
      long usize = cd.getInt(p + 24) & 0xFFFFFFFFL;
      int nameLen = cd.getShort(p + 28) & 0xFFFF;
      int extraLen = cd.getShort(p + 30) & 0xFFFF;
      int commentLen = cd.getShort(p + 32) & 0xFFFF;
      int startDisk = cd.getShort(p + 34) & 0xFFFF;
      long external = cd.getInt(p + 38) & 0xFFFFFFFFL;
      long offset = cd.getInt(p + 42) & 0xFFFFFFFFL;
      if (p + CEN_LEN + nameLen + extraLen + commentLen > cdSize) {
        throw new PackageRejectedException("Corrupt archive: central directory entry " + (n + 1) + " is truncated");
      }
      byte[] rawName = new byte[nameLen];
      cd.get(p + CEN_LEN, rawName);
      String name = decodeName(rawName, n + 1);
      p += CEN_LEN + nameLen + extraLen + commentLen;
      String shown = EntryNames.shown(name);
      if (csize == 0xFFFFFFFFL || usize == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || startDisk != 0) {
        throw new PackageRejectedException("Entry '" + shown + "' uses ZIP64 or another disk, which is not"
            + " supported");
      }
      if ((flags & 0x41) != 0) {
        throw new PackageRejectedException("Entry '" + shown + "' is encrypted; packages must not be encrypted");
      }
      if (method != 0 && method != 8) {
        throw new PackageRejectedException("Entry '" + shown + "' uses compression method " + method
            + "; only STORED (0) and DEFLATED (8) are supported");
      }
      boolean directory = name.endsWith("/");
      if ((madeBy >> 8) == 3) { // Unix: file type in the high bits of the external attributes
        int type = (int) ((external >>> 16) & 0xF000);
        if (type == 0xA000) {
          throw new PackageRejectedException("Entry '" + shown + "' is a symbolic link; packages must not contain"
              + " links");
        }
        if (type != 0 && type != 0x8000 && type != 0x4000) {
          throw new PackageRejectedException("Entry '" + shown + "' is a special file (device, pipe or socket)");
        }
        if (type == 0x4000 && !directory) {
          throw new PackageRejectedException("Entry '" + shown + "' is a directory without a trailing /");
        }
      }
      if (directory && (usize != 0 || csize > 2)) {
        throw new PackageRejectedException("Directory entry '" + shown + "' has content");
      }
      if (method == 0 && csize != usize) {
        throw new PackageRejectedException("Corrupt archive: stored entry '" + shown + "' has different compressed"
            + " and uncompressed sizes");
      }
      String bare = directory ? name.substring(0, name.length() - 1) : name;
      out.add(new Entry(bare, directory, method, flags, crc, csize, usize, offset, rawName));
    }
    if (p != cdSize) {
      throw new PackageRejectedException("Corrupt archive: the central directory holds more than its "
          + total + " entries");
    }
    return out;
  }

  private static String decodeName(byte[] raw, int index) throws PackageRejectedException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      throw new PackageRejectedException("The name of entry " + index + " is not valid UTF-8");
    }
  }

  private void checkNames() throws PackageRejectedException {
    Map<String, Entry> seen = new HashMap<>();
    for (Entry e : entries) {
      String problem = EntryNames.problem(e.name());
      if (problem != null) {
        throw new PackageRejectedException("Hostile archive: " + problem);
      }
      Entry before = seen.putIfAbsent(EntryNames.collisionKey(e.name()), e);
      if (before != null) {
        throw new PackageRejectedException("Duplicate entry: '" + EntryNames.shown(e.name()) + "'"
            + (before.name().equals(e.name()) ? " occurs twice" : " and '" + EntryNames.shown(before.name())
                + "' differ only in case"));
      }
    }
    for (Entry e : entries) {
      String name = e.name();
      for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
        Entry parent = seen.get(EntryNames.collisionKey(name.substring(0, slash)));
        if (parent != null && !parent.directory()) {
          throw new PackageRejectedException("Entry '" + EntryNames.shown(name) + "' lies inside '"
              + EntryNames.shown(parent.name()) + "', which is a file");
        }
      }
    }
  }

  private void checkSizes() throws PackageRejectedException {
    long total = 0;
    for (Entry e : entries) {
      String shown = EntryNames.shown(e.name());
      if (e.size() > limits.maxEntryBytes()) {
        throw new PackageRejectedException("Entry '" + shown + "' declares " + e.size()
            + " bytes, more than the limit of " + limits.maxEntryBytes() + " per entry");
      }
      total += e.size();
      if (total > limits.maxUnpackedBytes()) {
        throw new PackageRejectedException("Zip bomb: the entries declare more than "
            + limits.maxUnpackedBytes() + " bytes in total");
      }
      if (e.size() > RATIO_FLOOR && e.size() / Math.max(1, e.compressedSize()) > limits.maxCompressionRatio()) {
        throw new PackageRejectedException("Zip bomb: entry '" + shown + "' would inflate "
            + e.compressedSize() + " bytes to " + e.size() + " (ratio over " + limits.maxCompressionRatio() + ")");
      }
    }
  }

  private void checkLocalHeaders() throws IOException, PackageRejectedException {
    List<Entry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(Entry::localHeaderOffset));
    for (int i = 0; i < byOffset.size(); i++) {
      Entry e = byOffset.get(i);
      String shown = EntryNames.shown(e.name());
      ByteBuffer loc = read(e.localHeaderOffset(), LOC_LEN);
      if (loc.getInt(0) != LOC_SIG) {
        throw new PackageRejectedException("Corrupt archive: no local header for entry '" + shown + "'");
      }
      int flags = loc.getShort(6) & 0xFFFF;
      int method = loc.getShort(8) & 0xFFFF;
      int nameLen = loc.getShort(26) & 0xFFFF;
      int extraLen = loc.getShort(28) & 0xFFFF;
      ByteBuffer name = read(e.localHeaderOffset() + LOC_LEN, nameLen);
      byte[] localName = new byte[nameLen];
      name.get(localName);
      if (!java.util.Arrays.equals(localName, e.rawName()) || method != e.method()) {
        throw new PackageRejectedException("Hostile archive: the local header of entry '" + shown
            + "' disagrees with the central directory");
      }
      if ((flags & 0x08) == 0) {
        long crc = loc.getInt(14) & 0xFFFFFFFFL;
        long csize = loc.getInt(18) & 0xFFFFFFFFL;
        long usize = loc.getInt(22) & 0xFFFFFFFFL;
        if (crc != e.crc() || csize != e.compressedSize() || usize != e.size()) {
          throw new PackageRejectedException("Hostile archive: the local header of entry '" + shown
              + "' declares other sizes than the central directory");
        }
      }
      long start = e.localHeaderOffset() + LOC_LEN + nameLen + extraLen;
      long end = start + e.compressedSize();
      long limit = i + 1 < byOffset.size() ? byOffset.get(i + 1).localHeaderOffset() : centralDirectoryOffset;
      if (end > limit) {
        throw new PackageRejectedException("Zip bomb: the data of entry '" + shown
            + "' overlaps the next entry or the central directory");
      }
      dataStart.put(e.name(), start);
    }
  }

  // ------------------------------------------------------------------------------------------------ unpacking

  /**
   * Unpacks every file entry under a directory, counting inflated bytes and checking sizes and CRCs.
   *
   * @param target an empty directory owned by the caller; entries are created below it only
   * @return the SHA-256 (lower-case hex) of each file, by name, in archive order
   * @throws PackageRejectedException when an entry inflates to something else than declared
   * @throws IOException when writing fails
   */
  Map<String, String> extractTo(Path target) throws IOException, PackageRejectedException {
    Path root = target.toAbsolutePath().normalize();
    Map<String, String> digests = new LinkedHashMap<>();
    byte[] in = new byte[64 * 1024];
    byte[] out = new byte[64 * 1024];
    for (Entry e : entries) {
      Path dest = root.resolve(e.name()).normalize();
      if (!dest.startsWith(root) || dest.equals(root)) {
        throw new PackageRejectedException("Hostile archive: entry '" + EntryNames.shown(e.name())
            + "' resolves outside the package directory");
      }
      if (e.directory()) {
        Files.createDirectories(dest);
        continue;
      }
      Files.createDirectories(dest.getParent());
      MessageDigest sha = sha256();
      CRC32 crc = new CRC32();
      long written = 0;
      long position = java.util.Objects.requireNonNull(dataStart.get(e.name()), e.name());
      long remaining = e.compressedSize();
      try (OutputStream os = Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        if (e.method() == 0) {
          while (remaining > 0) {
            int n = readInto(in, position, (int) Math.min(in.length, remaining));
            position += n;
            remaining -= n;
            written += n;
            os.write(in, 0, n);
            sha.update(in, 0, n);
            crc.update(in, 0, n);
          }
        } else {
          Inflater inflater = new Inflater(true);
          try {
            boolean dummyGiven = false;
            while (!inflater.finished()) {
              if (inflater.needsInput()) {
                if (remaining > 0) {
                  int n = readInto(in, position, (int) Math.min(in.length, remaining));
                  position += n;
                  remaining -= n;
                  inflater.setInput(in, 0, n);
                } else if (!dummyGiven) {
                  dummyGiven = true; // raw deflate may need one byte past the data to finish
                  inflater.setInput(new byte[1], 0, 1);
                } else {
                  throw new PackageRejectedException("Corrupt archive: the data of entry '"
                      + EntryNames.shown(e.name()) + "' is truncated");
                }
              }
              int n = inflater.inflate(out);
              if (n == 0 && !inflater.finished() && !inflater.needsInput()) {
                throw new PackageRejectedException("Corrupt archive: the data of entry '"
                    + EntryNames.shown(e.name()) + "' cannot be inflated");
              }
              written += n;
              if (written > e.size()) {
                throw new PackageRejectedException("Zip bomb: entry '" + EntryNames.shown(e.name())
                    + "' inflates to more than the " + e.size() + " bytes it declares");
              }
              os.write(out, 0, n);
              sha.update(out, 0, n);
              crc.update(out, 0, n);
            }
          } catch (DataFormatException ex) {
            throw new PackageRejectedException("Corrupt archive: the data of entry '" + EntryNames.shown(e.name())
                + "' is not valid deflate data", ex);
          } finally {
            inflater.end();
          }
        }
      }
      if (written != e.size()) {
        throw new PackageRejectedException("Corrupt archive: entry '" + EntryNames.shown(e.name())
            + "' inflates to " + written + " bytes, not the " + e.size() + " it declares");
      }
      if (crc.getValue() != e.crc()) {
        throw new PackageRejectedException("Corrupt archive: the CRC-32 of entry '" + EntryNames.shown(e.name())
            + "' does not match");
      }
      digests.put(e.name(), HexFormat.of().formatHex(sha.digest()));
    }
    return digests;
  }

  private int readInto(byte[] buffer, long position, int length) throws IOException, PackageRejectedException {
    ByteBuffer b = ByteBuffer.wrap(buffer, 0, length);
    while (b.hasRemaining()) {
      if (channel.read(b, position + b.position()) < 0) {
        throw new PackageRejectedException("Corrupt archive: unexpected end of file");
      }
    }
    return length;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
