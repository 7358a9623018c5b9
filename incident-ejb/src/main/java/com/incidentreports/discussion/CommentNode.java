package com.incidentreports.discussion;

import java.io.Serializable;
import java.util.List;

/** A comment and the replies to it, each with their own replies. */
public record CommentNode(CommentView comment, List<CommentNode> replies) implements Serializable {
}
