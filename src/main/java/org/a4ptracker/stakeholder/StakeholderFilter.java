package org.a4ptracker.stakeholder;

/** Optional filters on the stakeholder list; null means "any". A role filter may be narrowed to one year. */
public record StakeholderFilter(StakeholderType type, RoleType role, Integer year, String region, String query) {

    public static StakeholderFilter none() {
        return new StakeholderFilter(null, null, null, null, null);
    }

    public String likePattern() {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
