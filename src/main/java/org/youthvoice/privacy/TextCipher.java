package org.youthvoice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Seals free-text answers at rest with AES-GCM. A sealed value is "v1:{key id}:{base64 of nonce and ciphertext}", bound
 * to its consultation and question, so keys can rotate: new text uses the active key, older text keeps naming its own.
 * Without configured keys the embedded default generates one under ./data on first start and warns.
 */
@ApplicationScoped
public class TextCipher {

    private static final Logger LOG = Logger.getLogger(TextCipher.class);
    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String activeId;
    private final SecureRandom random = new SecureRandom();

    public TextCipher(PrivacyConfig config) {
        config.textKeys().filter(k -> !k.isBlank()).ifPresent(all -> {
            for (String entry : all.split(",")) {
                String[] parts = entry.strip().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("TEXT_KEYS entries are written id:base64key, separated by commas");
                }
                keys.put(parts[0], aes(parts[0], parts[1]));
            }
        });
        if (keys.isEmpty()) {
            String[] generated = localKey(Path.of(config.textKeyFile()));
            keys.put(generated[0], aes(generated[0], generated[1]));
            activeId = generated[0];
        } else {
            activeId = config.textKeyId().orElseThrow(() -> new IllegalStateException(
                    "youthvoice.privacy.text-key-id (TEXT_KEY_ID) must name one of the configured text keys"));
            if (!keys.containsKey(activeId)) {
                throw new IllegalStateException("TEXT_KEY_ID names a key that is not configured: " + activeId);
            }
        }
    }

    /** The sealed form of a scrubbed text, for one question of one consultation. */
    public String seal(String text, String consultationId, String questionId) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeId), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context(consultationId, questionId));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + activeId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The text of a sealed value; throws when its key is unknown or it was altered or moved to another question. */
    public String open(String sealed, String consultationId, String questionId) {
        if (sealed == null || !sealed.startsWith(PREFIX) || sealed.indexOf(':', PREFIX.length()) < 0) {
            throw new IllegalArgumentException("not a sealed text");
        }
        int colon = sealed.indexOf(':', PREFIX.length());
        SecretKeySpec key = keys.get(sealed.substring(PREFIX.length(), colon));
        if (key == null) {
            throw new IllegalArgumentException("sealed with a key that is not configured");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE));
            cipher.updateAAD(context(consultationId, questionId));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("sealed text does not open with its key");
        }
    }

    /** The id of the key new text is sealed with. */
    public String activeKeyId() {
        return activeId;
    }

    private static byte[] context(String consultationId, String questionId) {
        return (consultationId + "/" + questionId).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKeySpec aes(String id, String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 16 && key.length != 32) {
            throw new IllegalStateException("text key " + id + " must be 16 or 32 bytes, base64-encoded");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** Reads, or creates on first start, the embedded default's key file: "id:base64key". */
    private static String[] localKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, "local1:" + Base64.getEncoder().encodeToString(key) + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    LOG.debug("file permissions not supported here");
                }
                LOG.warnf("Generated a key for free text at rest in %s. Configure TEXT_KEYS and TEXT_KEY_ID in production, and"
                        + " keep this file with the database: without it the stored free text cannot be read.", file);
            }
            String[] parts = Files.readString(file).strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("the text key file " + file + " must hold id:base64key");
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
