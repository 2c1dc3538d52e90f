package org.w3id.parley.load;

import java.util.List;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * How a text changed between the load that anchored its quotes and this one: a diff of the old text against the new
 * maps where a quote was to where it should be now, so that the search for it starts at the right place even after a
 * page was inserted before it. The diff is made once per text, on first use.
 */
final class TextEdit {
    private final String before;
    private String after;
    private List<DiffMatchPatch.Diff> diffs;

    TextEdit(String before) {
        this.before = before;
    }

    /** Where the char at {@code index} of the old text is in {@code now}. */
    int map(String now, int index) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        if (!now.equals(after)) {
            diffs = dmp.diffMain(before, now, false);
            after = now;
        }
        return dmp.diffXIndex(diffs, Math.max(0, Math.min(index, before.length())));
    }

    String before() {
        return before;
    }
}
