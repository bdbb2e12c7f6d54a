package io.mec4j.testing;

import io.mec4j.platform.spi.AppImage;
import io.mec4j.platform.spi.InMemoryVim;
import io.mec4j.platform.spi.VimBackend;
import io.mec4j.platform.spi.VimInstance;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The in-memory VIM keeps the VIM contract. */
class InMemoryVimContractTest extends VimBackendContract {

  @Override
  protected VimBackend createVim() {
    return new InMemoryVim();
  }

  @Override
  protected AppImage runningImage() {
    return AppImage.ofFile("sleeper", Path.of("sleeper.jar"));
  }

  @Override
  protected Optional<AppImage> unstartableImage() {
    ((InMemoryVim) vim()).failNextStart("no such image in the registry");
    return Optional.of(AppImage.ofFile("missing", Path.of("missing.jar")));
  }

  @Override
  protected void crash(VimBackend vim, VimInstance instance) {
    ((InMemoryVim) vim).crash(instance.id(), 137, "killed");
  }

  @Override
  protected Map<String, String> environmentOf(VimBackend vim, VimInstance instance) {
    return ((InMemoryVim) vim).environment(instance.id());
  }
}
