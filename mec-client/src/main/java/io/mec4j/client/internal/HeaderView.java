package io.mec4j.client.internal;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A read-only map view of OkHttp's response headers, names lower-cased. Lookups go straight to OkHttp's
 * (case-insensitive) headers; the full map is only built if someone iterates it, so a call that reads one header or
 * none copies nothing.
 */
final class HeaderView extends AbstractMap<String, List<String>> {

  private final Headers headers;
  private @Nullable Map<String, List<String>> all;

  HeaderView(Headers headers) {
    this.headers = headers;
  }

  @Override
  public @Nullable List<String> get(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    List<String> v = headers.values(name);
    return v.isEmpty() ? null : v;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && headers.get(name) != null;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    Map<String, List<String>> m = all;
    if (m == null) {
      m = new LinkedHashMap<>();
      for (String name : headers.names()) {
        m.put(name.toLowerCase(Locale.ROOT), headers.values(name));
      }
      all = m;
    }
    return m.entrySet();
  }
}
