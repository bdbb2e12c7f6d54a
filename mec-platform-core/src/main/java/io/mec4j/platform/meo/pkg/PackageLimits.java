package io.mec4j.platform.meo.pkg;

/**
 * Bounds on application package archives, so that a hostile upload (a zip bomb, a huge entry, millions of entries)
 * is rejected before it fills the disk or the memory of the MEO. Sizes are checked against what the archive declares
 * before anything is unpacked, and against the bytes actually inflated while unpacking.
 *
 * @param maxPackageBytes the largest package archive accepted (the upload itself)
 * @param maxUnpackedBytes the most bytes all entries of one package may inflate to, together
 * @param maxEntryBytes the most bytes one entry may inflate to
 * @param maxEntries the most entries (files and directories) in one archive
 * @param maxCompressionRatio the highest ratio of inflated to compressed size accepted for an entry that inflates to
 *     more than 1 MiB (smaller entries may compress better without harm)
 * @param maxDescriptorBytes the largest manifest, signature, certificate chain and AppD file accepted
 */
public record PackageLimits(long maxPackageBytes, long maxUnpackedBytes, long maxEntryBytes, int maxEntries,
    int maxCompressionRatio, int maxDescriptorBytes) {

  /**
   * 64 MiB packages, 512 MiB unpacked, 256 MiB per entry, 10,000 entries, ratio 100, 1 MiB descriptors.
   */
  public static final PackageLimits DEFAULT =
      new PackageLimits(64L << 20, 512L << 20, 256L << 20, 10_000, 100, 1 << 20);

  /** Checks the bounds. */
  public PackageLimits {
    if (maxPackageBytes < 1 || maxPackageBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxPackageBytes must be 1.." + (Integer.MAX_VALUE - 16)
          + " (an upload is held in memory by the HTTP binding), was " + maxPackageBytes);
    }
    if (maxUnpackedBytes < 1 || maxEntryBytes < 1 || maxEntries < 1 || maxCompressionRatio < 1
        || maxDescriptorBytes < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
    if (maxEntryBytes > maxUnpackedBytes) {
      throw new IllegalArgumentException("maxEntryBytes cannot exceed maxUnpackedBytes");
    }
  }

  /**
   * These limits with another largest package size.
   *
   * @param bytes the largest package archive accepted
   * @return new limits
   */
  public PackageLimits withMaxPackageBytes(long bytes) {
    return new PackageLimits(bytes, maxUnpackedBytes, maxEntryBytes, maxEntries, maxCompressionRatio,
        maxDescriptorBytes);
  }

  /**
   * These limits with other unpacking bounds.
   *
   * @param unpackedBytes the most bytes a package may inflate to
   * @param entryBytes the most bytes one entry may inflate to
   * @param entries the most entries
   * @return new limits
   */
  public PackageLimits withUnpackedBounds(long unpackedBytes, long entryBytes, int entries) {
    return new PackageLimits(maxPackageBytes, unpackedBytes, entryBytes, entries, maxCompressionRatio,
        maxDescriptorBytes);
  }
}
