package org.hocvu.testkit.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server on loopback (GreenMail) that Keycloak sends its mail to in the local run and the
 * tests: password resets, e-mail verification. Every message is kept; people read them as
 * {@code .eml} files in a folder (opened by any mail program) or over IMAP, where the user and
 * the password are both the recipient's address.
 */
public final class LocalMail implements AutoCloseable {
    private final GreenMail server;
    private final int smtpPort;
    private final int imapPort;
    private ScheduledExecutorService writer;
    private int written;

    private LocalMail(GreenMail server, int smtpPort, int imapPort) {
        this.server = server;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static LocalMail start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        return new LocalMail(server, smtpPort, imapPort);
    }

    /** Also writes every message that arrives to {@code folder} as {@code <time>-<recipient>.eml}. */
    public LocalMail writingTo(Path folder) {
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "local-mail-writer");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(() -> writeNew(folder), 1, 1, TimeUnit.SECONDS);
        return this;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The first message to {@code address}, waiting for it up to {@code timeout}. */
    public Optional<MimeMessage> awaitTo(String address, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        do {
            Optional<MimeMessage> found = received().stream().filter(m -> isTo(m, address)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (Instant.now().isBefore(until));
        return Optional.empty();
    }

    private static boolean isTo(MimeMessage m, String address) {
        try {
            Address[] to = m.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private synchronized void writeNew(Path folder) {
        MimeMessage[] all = server.getReceivedMessages();
        try {
            Files.createDirectories(folder);
            for (; written < all.length; written++) {
                MimeMessage m = all[written];
                String to = m.getAllRecipients() == null ? "unknown" : m.getAllRecipients()[0].toString();
                Path file = folder.resolve(Instant.now().toString().replace(':', '-') + "-" + to.replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    m.writeTo(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("a received message cannot be written", e);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.shutdownNow();
        }
        server.stop();
    }
}
