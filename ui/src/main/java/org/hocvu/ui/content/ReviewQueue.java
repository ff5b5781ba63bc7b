package org.hocvu.ui.content;

import java.util.List;

/**
 * The reviewer's queue: the versions partners submitted, oldest concerns first as the engine orders them.
 *
 * @param error why the page asked for could not be shown (a page number typed by hand), null when none
 */
public record ReviewQueue(List<VersionRow> versions, Paging paging, String error) {
}
