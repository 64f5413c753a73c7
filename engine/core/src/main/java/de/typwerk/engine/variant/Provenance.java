package de.typwerk.engine.variant;

import de.typwerk.engine.definition.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Location;
import de.typwerk.engine.definition.SourceMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Where each node of a resolved variant came from: the base's file or the variant's. Nodes are
 * marked by identity while the overlay moves them about, so positions may change freely; the
 * pointers are computed once, on the finished tree.
 */
final class Provenance {

    /** A node's place in the file it was written in (through that file's own map). */
    record Origin(SourceMap map, String pointer) {
    }

    private final Map<JsonNode, Origin> containers = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Origin>> keys = new IdentityHashMap<>();

    /** Marks {@code node} and every object and list below it as written at {@code pointer} of {@code map}. */
    void mark(JsonNode node, SourceMap map, String pointer) {
        if (!node.isContainerNode()) return;
        containers.put(node, new Origin(map, pointer));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                mark(e.getValue(), map, child(pointer, e.getKey()));
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                mark(node.get(i), map, pointer + "/" + i);
            }
        }
    }

    /**
     * Marks the value under {@code key} of {@code parent}, whatever it is: for a single value (a
     * number, a text) set into an object that came from elsewhere.
     */
    void markKey(ObjectNode parent, String key, SourceMap map, String pointer) {
        keys.computeIfAbsent(parent, p -> new HashMap<>()).put(key, new Origin(map, pointer));
        mark(parent.get(key), map, pointer);
    }

    /**
     * The source map of the finished tree {@code root}: each pointer goes to the nearest marked
     * node above it, and from there into that node's file.
     */
    SourceMap compose(String source, JsonNode root) {
        Map<String, Origin> byPointer = new HashMap<>();
        collect(root, "", byPointer);
        return SourceMap.composite(source, pointer -> {
            String p = pointer;
            String rest = "";
            while (true) {
                Origin o = byPointer.get(p);
                if (o != null) return o.map().origin(o.pointer() + rest);
                if (p.isEmpty()) return new Location(source, 0, 0, pointer);
                int slash = p.lastIndexOf('/');
                rest = p.substring(slash) + rest;
                p = p.substring(0, slash);
            }
        });
    }

    private void collect(JsonNode node, String pointer, Map<String, Origin> out) {
        Origin o = containers.get(node);
        if (o != null) out.put(pointer, o);
        if (node.isObject()) {
            Map<String, Origin> set = keys.getOrDefault(node, Map.of());
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = child(pointer, e.getKey());
                Origin k = set.get(e.getKey());
                if (k != null) out.put(p, k);
                collect(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** {@code base/name} with {@code name} escaped as RFC 6901 asks. */
    static String child(String base, String name) {
        return JsonPointers.append(base, name);
    }
}
