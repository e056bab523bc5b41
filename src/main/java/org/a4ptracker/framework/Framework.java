package org.a4ptracker.framework;

import java.util.List;

/** A versioned framework (A4P 2018, A4P+ 2021-2023) and its elements mapped onto A4P areas. */
public record Framework(String code, String name, int startYear, Integer endYear, String description, String source,
                        List<Element> elements) {

    public record Element(String code, String kind, int position, String title, List<AreaLink> areas) {
    }

    /** A link from a framework element to an area; unconfirmed until someone with the source confirms it. */
    public record AreaLink(int area, String areaTitle, boolean confirmed, String note) {
    }
}
