package org.hocvu.lms.plugin;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with the plugins' data, so one start-up reports all of it, not the first only. */
public final class Problems {
    /** One problem; {@code line} is 1-based, 0 when the problem concerns the file or the plugin as a whole. */
    public record Problem(String plugin, String file, int line, String message) {
        @Override
        public String toString() {
            return "plugin " + plugin + (file == null ? "" : ", file " + file) + (line > 0 ? ", line " + line : "")
                    + ": " + message;
        }
    }

    private final List<Problem> found = new ArrayList<>();

    public void add(String plugin, String file, int line, String message) {
        found.add(new Problem(plugin, file, line, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Stops here when anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new PluginDataException(found);
        }
    }
}
