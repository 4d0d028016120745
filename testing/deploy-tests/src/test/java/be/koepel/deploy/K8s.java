package be.koepel.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every document of every YAML file under deploy/k8s, with the file it came from. */
final class K8s {

    static final String DIR = "deploy/k8s";

    record Doc(Path file, Map<String, Object> content) {

        String kind() {
            return Repo.string(content, "kind");
        }

        String name() {
            return Repo.string(content, "metadata", "name");
        }

        boolean inBase() {
            return Repo.ROOT.relativize(file).toString().replace('\\', '/').startsWith(DIR + "/base/");
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + Repo.ROOT.relativize(file) + ")";
        }
    }

    final List<Doc> docs = new ArrayList<>();

    K8s() {
        for (Path file : Repo.yamlFilesUnder(DIR)) {
            for (Map<String, Object> content : Repo.yamlDocuments(file)) {
                docs.add(new Doc(file, content));
            }
        }
    }

    /** The resources (not the kustomization files). */
    List<Doc> resources() {
        return docs.stream().filter(d -> !"Kustomization".equals(d.kind())).toList();
    }

    List<Doc> ofKind(String kind) {
        return docs.stream().filter(d -> kind.equals(d.kind())).toList();
    }

    List<Doc> named(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(d.name())).toList();
    }

    Doc baseOne(String kind, String name) {
        List<Doc> found = named(kind, name).stream().filter(Doc::inBase).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " " + name + " in " + DIR + "/base, found " + found);
        }
        return found.get(0);
    }
}
