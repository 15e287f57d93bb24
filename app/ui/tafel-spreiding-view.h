/* tafel-spreiding-view.h: the spread of proposals as a chart and a table
 *
 * A title, the TafelSpreidingChart and beside it a table with the same
 * figures per level (count, minimum, Q1, median, Q3, maximum, decision),
 * for screen readers and for copying: Ctrl+C copies the selected rows (or
 * the whole table when none is selected) as tab-separated text that pastes
 * into a spreadsheet; the "Copy table" button copies the whole table.
 *
 * Actions (scope "spreiding."): spreiding.copy (Ctrl+C), spreiding.copy-table.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-spreiding-chart.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_SPREIDING_VIEW (tafel_spreiding_view_get_type ())
G_DECLARE_FINAL_TYPE (TafelSpreidingView, tafel_spreiding_view, TAFEL, SPREIDING_VIEW, GtkBox)

GtkWidget           *tafel_spreiding_view_new             (void);

/* Shows @reeksen under @title (e.g. "Intensiteit — Specialistische GGZ";
 * NULL for none) with values in @unit. Copies everything, as
 * tafel_spreiding_chart_set_data() does. */
void                 tafel_spreiding_view_set_data        (TafelSpreidingView        *self,
                                                           const char                *title,
                                                           const char                *unit,
                                                           const TafelSpreidingReeks *reeksen,
                                                           guint                      n_reeksen);

const char          *tafel_spreiding_view_get_title       (TafelSpreidingView        *self);
TafelSpreidingChart *tafel_spreiding_view_get_chart       (TafelSpreidingView        *self);

/* The table as tab-separated text, each line ending in "\n": the header,
 * then per level its title, count, minimum, Q1, median, Q3, maximum and
 * decision. Numbers have a decimal comma and at most two decimals; "–"
 * stands where there is no figure. Free with g_free(). */
char                *tafel_spreiding_view_dup_table_text  (TafelSpreidingView        *self);

/* The same for the selected rows only (the header first); the whole table
 * when no row is selected. This is what Ctrl+C copies. */
char                *tafel_spreiding_view_dup_selection_text (TafelSpreidingView     *self);

G_END_DECLS
