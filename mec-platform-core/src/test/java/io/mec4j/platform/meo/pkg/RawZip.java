package io.mec4j.platform.meo.pkg;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives byte by byte, so tests can make what {@code java.util.zip.ZipOutputStream} refuses: duplicate
 * names, traversal names, symbolic links, lying sizes, entries that share data.
 */
final class RawZip {

  private static final class Entry {
    final byte[] name;
    final byte[] stored;
    final int method;
    final long crc;
    final long size;
    long declaredSize;
    int unixMode;
    int flags = 0x0800;
    long offset;
    long offsetOverride = -1;

    Entry(String name, byte[] data, boolean deflate) {
      this.name = name.getBytes(StandardCharsets.UTF_8);
      CRC32 c = new CRC32();
      c.update(data);
      this.crc = c.getValue();
      this.size = data.length;
      this.declaredSize = data.length;
      this.method = deflate ? 8 : 0;
      this.stored = deflate ? deflate(data) : data;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  RawZip add(String name, byte[] data) {
    entries.add(new Entry(name, data, false));
    return this;
  }

  RawZip addDeflated(String name, byte[] data) {
    entries.add(new Entry(name, data, true));
    return this;
  }

  /** A deflated entry that declares another uncompressed size than its data has. */
  RawZip addLying(String name, byte[] data, long declaredSize) {
    Entry e = new Entry(name, data, true);
    e.declaredSize = declaredSize;
    entries.add(e);
    return this;
  }

  RawZip addSymlink(String name, String target) {
    Entry e = new Entry(name, target.getBytes(StandardCharsets.UTF_8), false);
    e.unixMode = 0120777;
    entries.add(e);
    return this;
  }

  RawZip addWithMode(String name, byte[] data, int unixMode) {
    Entry e = new Entry(name, data, false);
    e.unixMode = unixMode;
    entries.add(e);
    return this;
  }

  /** A central directory entry that points at the local header of entry {@code index} (shared data). */
  RawZip addAlias(String name, int index) {
    Entry alias = new Entry(name, new byte[0], false);
    alias.offsetOverride = index;
    entries.add(alias);
    return this;
  }

  byte[] build() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Entry e : entries) {
      if (e.offsetOverride >= 0) {
        continue;
      }
      e.offset = out.size();
      ByteBuffer h = le(30);
      h.putInt(0x04034b50).putShort((short) 20).putShort((short) e.flags).putShort((short) e.method)
          .putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc).putInt(e.stored.length)
          .putInt((int) e.declaredSize).putShort((short) e.name.length).putShort((short) 0);
      out.writeBytes(h.array());
      out.writeBytes(e.name);
      out.writeBytes(e.stored);
    }
    long cdStart = out.size();
    for (Entry e : entries) {
      Entry data = e;
      long offset = e.offset;
      if (e.offsetOverride >= 0) {
        data = entries.get((int) e.offsetOverride);
        offset = data.offset;
      }
      ByteBuffer h = le(46);
      h.putInt(0x02014b50).putShort((short) (e.unixMode != 0 ? (3 << 8) | 20 : 20)).putShort((short) 20)
          .putShort((short) e.flags).putShort((short) data.method).putShort((short) 0).putShort((short) 0x21)
          .putInt((int) data.crc).putInt(data.stored.length).putInt((int) data.declaredSize)
          .putShort((short) e.name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putInt(e.unixMode << 16).putInt((int) offset);
      out.writeBytes(h.array());
      out.writeBytes(e.name);
    }
    long cdSize = out.size() - cdStart;
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
        .putShort((short) entries.size()).putInt((int) cdSize).putInt((int) cdStart).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  private static ByteBuffer le(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    while (!d.finished()) {
      int n = d.deflate(buf);
      out.write(buf, 0, n);
    }
    d.end();
    return out.toByteArray();
  }
}
