package org.a4ptracker.shared;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of a list, with what a pager needs to show where the reader is. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    @JsonProperty("totalPages")
    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    @JsonIgnore
    public boolean hasPrevious() {
        return page > 1;
    }

    @JsonIgnore
    public boolean hasNext() {
        return page < totalPages();
    }

    @JsonIgnore
    public long firstItem() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    @JsonIgnore
    public long lastItem() {
        return firstItem() == 0 ? 0 : firstItem() + items.size() - 1;
    }

    /**
     * Every item of a paged list, fetched one page of {@link PageRequest#MAX_SIZE} at a time as it is
     * iterated: for exports of lists that are paged but not streamed.
     */
    public static <T> Iterable<T> all(Function<PageRequest, Page<T>> pager) {
        return () -> new java.util.Iterator<>() {
            private Page<T> page = pager.apply(new PageRequest(1, PageRequest.MAX_SIZE));
            private int index;

            @Override
            public boolean hasNext() {
                if (index == page.items().size() && page.hasNext()) {
                    page = pager.apply(new PageRequest(page.page() + 1, PageRequest.MAX_SIZE));
                    index = 0;
                }
                return index < page.items().size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.items().get(index++);
            }
        };
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
