package org.a4ptracker.shared;

/** A 1-based page request, validated at the edge so that repositories can trust it. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 1) {
            throw new BadRequestException("page", "problem.param.page", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "problem.param.size", MAX_SIZE, size);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
