package com.incidentreports.discussion;

import java.io.Serializable;
import java.util.List;

/** Who liked a report or a comment: how many, whether the caller did, and their names in the order they liked. */
public record LikeSummary(int count, boolean likedByMe, List<String> likedBy) implements Serializable {

    public static final LikeSummary NONE = new LikeSummary(0, false, List.of());

    /** The likes of {@code likers}, seen by {@code caller}. */
    public static LikeSummary of(List<Liker> likers, String caller) {
        return likers.isEmpty() ? NONE : new LikeSummary(likers.size(),
                likers.stream().anyMatch(liker -> liker.username().equals(caller)),
                likers.stream().map(Liker::displayName).toList());
    }

    /** One person who liked a post. */
    public record Liker(String username, String displayName) implements Serializable {
    }
}
