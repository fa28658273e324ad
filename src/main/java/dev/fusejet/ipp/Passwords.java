package dev.fusejet.ipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The administrator's password, stored hashed in the state directory's {@code passwd} file: one
 * line {@code user:pbkdf2-sha256:iterations:salt:hash} (salt and hash in base64). Set with {@code
 * fusejet passwd}; checked for HTTP Basic authentication of the admin operations.
 */
public final class Passwords {

  /**
   * PBKDF2-HMAC-SHA256 iterations: 600 000, the OWASP Password Storage Cheat Sheet's figure for
   * this algorithm (2023).
   */
  public static final int ITERATIONS = 600_000;

  /** Shortest password accepted (characters), as NIST SP 800-63B asks of user-chosen secrets. */
  public static final int MIN_LENGTH = 8;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final Path file;

  /** The password file {@code passwd} in {@code stateDir}. */
  public Passwords(Path stateDir) {
    this.file = stateDir.resolve("passwd");
  }

  /** The file the hash is kept in. */
  public Path file() {
    return file;
  }

  /** The administrator's user name, when a password has been set. */
  public Optional<String> user() {
    return entry().map(e -> e.get(0));
  }

  /**
   * Sets the administrator's user name and password, replacing any earlier one.
   *
   * @throws IllegalArgumentException when the user name is empty or has a colon, or the password is
   *     shorter than {@link #MIN_LENGTH}
   */
  public void set(String user, char[] password) {
    if (user.isEmpty() || user.contains(":")) {
      throw new IllegalArgumentException("user name '" + user + "' must be non-empty, without ':'");
    }
    if (password.length < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "password has " + password.length + " characters; at least " + MIN_LENGTH + " needed");
    }
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    byte[] hash = hash(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder();
    String line =
        String.join(
            ":",
            user,
            SCHEME,
            Integer.toString(ITERATIONS),
            b64.encodeToString(salt),
            b64.encodeToString(hash));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "passwd", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the directory's own permissions protect the file
      }
      Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** True when {@code user} and {@code password} match the stored hash. */
  public boolean check(String user, char[] password) {
    Optional<List<String>> e = entry();
    if (e.isEmpty() || !e.get().get(0).equals(user)) {
      return false;
    }
    List<String> f = e.get();
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(f.get(4));
    byte[] actual = hash(password, b64.decode(f.get(3)), Integer.parseInt(f.get(2)));
    return MessageDigest.isEqual(expected, actual);
  }

  private Optional<List<String>> entry() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        List<String> f = Arrays.asList(line.strip().split(":"));
        if (f.size() == 5 && f.get(1).equals(SCHEME)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static byte[] hash(char[] password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
    }
  }
}
