package org.hocvu.ui.web;

import io.quarkus.runtime.Startup;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The stylesheet, script and icons, served under names that carry a hash of their content
 * ({@code /assets/app.3f9c2a61d0.css}), so phones may cache them for a year and still get a new
 * version the moment it changes. The hash is computed at start, so nobody renames files by hand.
 * Templates ask for URLs with {@code inject:assets.url('app.css')}.
 */
@Startup
@ApplicationScoped
@Named("assets")
public class Assets {
    static final String CLASSPATH_DIR = "web/assets/";
    static final List<String> NAMES = List.of("app.css", "app.js", "icon.svg", "icon-192.png", "icon-512.png",
            "icon-maskable-512.png", "scorm.css", "scorm-player.js", "assessment.js", "facilitation-vault.js", "facilitation.js");
    private static final List<String> OFFLINE_PAGE_NEEDS = List.of("app.css", "app.js", "icon.svg");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml; charset=utf-8", "png", "image/png");

    /**
     * One asset: its URL and what that URL answers.
     *
     * @param gzipped the content compressed once at start; null for images that are compressed already
     */
    public record Asset(String url, String contentType, Buffer content, Buffer gzipped) {
    }

    private final Map<String, Asset> byName = new TreeMap<>();
    private final Map<String, Asset> byUrl = new TreeMap<>();
    private final String version;

    public Assets() {
        MessageDigest all = sha256();
        for (String name : NAMES) {
            byte[] bytes = read(name);
            String hash = HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 10);
            int dot = name.lastIndexOf('.');
            String extension = name.substring(dot + 1);
            Asset asset = new Asset("/assets/" + name.substring(0, dot) + "." + hash + "." + extension,
                    TYPES.get(extension), Buffer.buffer(bytes), extension.equals("png") ? null : gzip(bytes));
            byName.put(name, asset);
            byUrl.put(asset.url(), asset);
            all.update(hash.getBytes());
        }
        version = HexFormat.of().formatHex(all.digest()).substring(0, 10);
    }

    /** The fingerprinted URL of an asset, e.g. {@code url("app.css")}. */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No asset named " + name + "; known: " + NAMES);
        }
        return asset.url();
    }

    public Optional<Asset> atUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** What the offline page needs; the big icons stay out, a phone on a slow line fetches them only when installing. */
    public List<String> offlinePageUrls() {
        return OFFLINE_PAGE_NEEDS.stream().map(this::url).toList();
    }

    /** Changes whenever any asset changes: names the service worker's cache. */
    public String version() {
        return version;
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Asset missing from the classpath: " + CLASSPATH_DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Buffer gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(out.toByteArray());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
