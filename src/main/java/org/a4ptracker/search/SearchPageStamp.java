package org.a4ptracker.search;

import org.a4ptracker.shared.PageStamp;
import org.springframework.stereotype.Component;

/** The search page and API show this node's index, which follows the change log on its own: a kept page is kept under its state. */
@Component
class SearchPageStamp implements PageStamp {

    private final NodeIndex node;

    SearchPageStamp(NodeIndex node) {
        this.node = node;
    }

    @Override
    public boolean covers(String path) {
        return path.equals("/search") || path.equals("/api/v1/search") || path.equals("/api/v1/search/suggest");
    }

    @Override
    public String stamp() {
        SearchIndex index = node.current();
        return index == null ? "building" : index.stamp();
    }
}
