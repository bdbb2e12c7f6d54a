package io.mec4j.platform.spi;

/**
 * Virtualised resources: what a MEC host offers or an application instance needs (MEC 010-2 virtual compute and
 * storage descriptors).
 *
 * @param vcpu virtual CPUs
 * @param memoryMb memory in MB
 * @param storageGb storage in GB
 */
public record Resources(int vcpu, double memoryMb, double storageGb) {

  /** Nothing. */
  public static final Resources NONE = new Resources(0, 0, 0);

  /** Checks the amounts. */
  public Resources {
    if (vcpu < 0 || !(memoryMb >= 0) || !(storageGb >= 0) || Double.isInfinite(memoryMb)
        || Double.isInfinite(storageGb)) {
      throw new IllegalArgumentException("Resources must be finite and non-negative: vcpu=" + vcpu + ", memoryMb="
          + memoryMb + ", storageGb=" + storageGb);
    }
  }

  /**
   * Resources.
   *
   * @param vcpu virtual CPUs
   * @param memoryMb memory in MB
   * @param storageGb storage in GB
   * @return the resources
   */
  public static Resources of(int vcpu, double memoryMb, double storageGb) {
    return new Resources(vcpu, memoryMb, storageGb);
  }

  /**
   * The sum.
   *
   * @param other more resources
   * @return this plus other
   */
  public Resources plus(Resources other) {
    return new Resources(vcpu + other.vcpu, memoryMb + other.memoryMb, storageGb + other.storageGb);
  }

  /**
   * The difference, never below zero.
   *
   * @param other resources to take away
   * @return this minus other
   */
  public Resources minus(Resources other) {
    return new Resources(Math.max(0, vcpu - other.vcpu), Math.max(0, memoryMb - other.memoryMb),
        Math.max(0, storageGb - other.storageGb));
  }

  /**
   * Whether {@code need} fits into this.
   *
   * @param need the resources needed
   * @return true when every amount of {@code need} is at most this one's
   */
  public boolean fits(Resources need) {
    return need.vcpu <= vcpu && need.memoryMb <= memoryMb && need.storageGb <= storageGb;
  }

  @Override
  public String toString() {
    return vcpu + " vCPU, " + fmt(memoryMb) + " MB memory, " + fmt(storageGb) + " GB storage";
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
