package dev.fusejet.ipp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The server's TLS identity: a PKCS#12 key store in the state directory, made on first start with a
 * self-signed certificate (as ippeveprinter and PAPPL do), or one the configuration names.
 */
final class Certificates {
  private Certificates() {}

  /** How long a generated certificate is valid: ten years, like PAPPL's self-signed ones. */
  static final Duration VALIDITY = Duration.ofDays(3650);

  /** RSA key size for generated certificates (bits); 2048 is what CUPS and PAPPL generate. */
  static final int RSA_BITS = 2048;

  /** A key store ready for Jetty: its file and its password. */
  record Store(Path file, String password) {}

  /**
   * The key store under {@code dir} ({@code server.p12} and {@code server.pass}), made when absent
   * with a certificate for {@code hostName}, {@code localhost} and the loopback addresses.
   */
  static Store ensure(Path dir, String hostName) {
    Path p12 = dir.resolve("server.p12");
    Path pass = dir.resolve("server.pass");
    try {
      if (Files.isRegularFile(p12) && Files.isRegularFile(pass)) {
        return new Store(p12, Files.readString(pass, StandardCharsets.UTF_8).strip());
      }
      Files.createDirectories(dir);
      byte[] secret = new byte[18];
      new SecureRandom().nextBytes(secret);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      KeyStore ks = selfSigned(hostName, password);
      Path tmp = Files.createTempFile(dir, "server", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ks.store(out, password.toCharArray());
      }
      Files.writeString(pass, password + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, p12, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new Store(p12, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the TLS key store in " + dir, e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create a self-signed certificate: " + e, e);
    }
  }

  /** The certificate in a key store file (for tests and for printing its fingerprint). */
  static X509Certificate certificate(Store store) {
    try (InputStream in = Files.newInputStream(store.file())) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, store.password().toCharArray());
      String alias = ks.aliases().nextElement();
      return (X509Certificate) ks.getCertificate(alias);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read " + store.file() + ": " + e, e);
    }
  }

  private static KeyStore selfSigned(String hostName, String password)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(RSA_BITS);
    KeyPair pair = gen.generateKeyPair();
    Instant now = Instant.now();
    X500Name subject = new X500Name("CN=" + hostName + ",O=fusejet");
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(VALIDITY)),
            subject,
            pair.getPublic());
    Set<String> dns = new LinkedHashSet<>(List.of(hostName, "localhost"));
    List<GeneralName> names = new ArrayList<>();
    for (String d : dns) {
      names.add(new GeneralName(GeneralName.dNSName, d));
    }
    for (String ip : List.of("127.0.0.1", "::1")) {
      names.add(
          new GeneralName(
              GeneralName.iPAddress,
              new org.bouncycastle.asn1.DEROctetString(InetAddress.getByName(ip).getAddress())));
    }
    b.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(names.toArray(GeneralName[]::new)));
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    b.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
    b.addExtension(
        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    X509Certificate cert =
        new JcaX509CertificateConverter()
            .getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("fusejet", pair.getPrivate(), password.toCharArray(), new Certificate[] {cert});
    return ks;
  }
}
