package dev.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SubmitCommandTest {
  @TempDir
  Path directory;

  @Test
  void runsAnUnchangedJobJarOnEmber() throws IOException {
    Path jar = jarOf(SampleJob.class);
    Path output = directory.resolve("out.txt");
    int exit = new CommandLine(new EmberCli()).execute("submit", "--class", SampleJob.class.getName(),
        jar.toString(), output.toString(), "90");
    assertThat(exit).isZero();
    assertThat(Files.readString(output)).isEqualTo("10");
  }

  @Test
  void runsAJobWithUserCode() throws IOException {
    Path jar = jarOf(UserCodeJob.class, UserCodeJob.Total.class);
    Path output = directory.resolve("out.txt");
    int exit = new CommandLine(new EmberCli()).execute("submit", "--class", UserCodeJob.class.getName(),
        jar.toString(), output.toString());
    assertThat(exit).isZero();
    // 2 × (0 + ... + 9), and the even and odd numbers of range(10)
    assertThat(Files.readString(output)).isEqualTo("90 [0:5, 1:5]");
  }

  @Test
  void refusesAMissingJar() {
    int exit = new CommandLine(new EmberCli()).execute("submit", "--class", "x.Y", "no-such.jar");
    assertThat(exit).isEqualTo(2);
  }

  private Path jarOf(Class<?>... types) throws IOException {
    Path jar = directory.resolve("job.jar");
    try (OutputStream file = Files.newOutputStream(jar);
         JarOutputStream out = new JarOutputStream(file)) {
      for (Class<?> type : types) {
        String entry = type.getName().replace('.', '/') + ".class";
        try (InputStream classFile = type.getClassLoader().getResourceAsStream(entry)) {
          out.putNextEntry(new JarEntry(entry));
          classFile.transferTo(out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }
}
