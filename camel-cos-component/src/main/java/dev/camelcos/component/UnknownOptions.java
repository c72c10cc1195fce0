package dev.camelcos.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.ResolveEndpointFailedException;

/**
 * The failure for options a cos endpoint does not have, told without leaking a secret. Camel's own message prints
 * every unknown option with its value, and the URI with only the known secret options masked: so a misspelled
 * {@code secrtKey=...} showed the secret, and a secret containing {@code &} (written without RAW(...)) showed its
 * tail as the name of an unknown option. Here values are never shown, and names only when they cannot be part of a
 * secret: when the URI gives a secret option, an unknown name is shown only if it is a near miss of a real option
 * (Camel sorts the options before the component sees them, so where a name stood tells nothing).
 */
final class UnknownOptions {

    private UnknownOptions() {
    }

    static ResolveEndpointFailedException failure(String uri, Map<String, Object> unknown, Set<String> known,
                                                  Set<String> secrets) {
        int query = uri.indexOf('?');
        String address = query < 0 ? uri : uri.substring(0, query);
        boolean secretGiven = query >= 0 && queryNames(uri.substring(query + 1)).stream()
                .anyMatch(name -> containsIgnoringCase(secrets, name));
        List<String> shown = new ArrayList<>();
        int hidden = 0;
        for (String name : unknown.keySet()) {
            String suggestion = suggestion(name, known);
            // a misspelled option is no piece of a secret; any other name may be, when a secret was given
            if (suggestion.isEmpty() && secretGiven) {
                hidden++;
            } else {
                shown.add(name + suggestion);
            }
        }
        StringBuilder message = new StringBuilder("cos has no option");
        message.append(shown.size() + hidden == 1 ? " " : "s ").append(String.join(", ", shown));
        if (hidden > 0) {
            message.append(shown.isEmpty() ? "" : ", and ").append(hidden)
                    .append(" more not named here, as a secret option is given and an unknown name may be the rest of"
                            + " a secret cut at '&': a secret containing &, + or % must be written RAW(...) in a URI");
        }
        message.append(". Values are not shown, as an option may hold a secret; see the cos component's options.");
        return new ResolveEndpointFailedException(address, message.toString());
    }

    private static List<String> queryNames(String query) {
        List<String> names = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String suggestion(String name, Set<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> close = known.stream()
                .filter(option -> distance(lower, option.toLowerCase(Locale.ROOT)) <= 2)
                .sorted().collect(Collectors.toList());
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    private static boolean containsIgnoringCase(Set<String> names, String name) {
        return names.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** Levenshtein distance, enough to catch a misspelled option. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
