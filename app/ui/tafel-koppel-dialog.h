/* tafel-koppel-dialog.h: choosing the requirement that sticky notes went into
 *
 * A small modal window with a type-ahead list of the live requirements of
 * a traject, "3.4.2  text…", those of the given deelproducten first (the
 * rest by number). Typing filters by number (prefix) and words; Up and
 * Down move the choice, Enter or activating a row chooses it, Escape
 * cancels. "chosen" is emitted with the TafelEis, then the window closes.
 */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_KOPPEL_DIALOG (tafel_koppel_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TafelKoppelDialog, tafel_koppel_dialog, TAFEL, KOPPEL_DIALOG, AdwWindow)

/* @deelproduct_ids (gint64, may be NULL): whose chapters come first.
 * @subtitle: what is linked, e.g. "3 sticky notes". */
TafelKoppelDialog *tafel_koppel_dialog_new              (TafelStore        *store,
                                                         gint64             traject_id,
                                                         GArray            *deelproduct_ids,
                                                         const char        *subtitle,
                                                         GError           **error);
/* Chooses the requirement shown at @position, as activating it does. */
gboolean           tafel_koppel_dialog_choose           (TafelKoppelDialog *self,
                                                         guint              position);

/* Orders requirement numbers numerically: 3.10.1 after 3.9.2. */
int                tafel_koppel_compare_nummers         (const char        *a,
                                                         const char        *b);

/* For tests. */
GtkEditable       *tafel_koppel_dialog_get_search_entry (TafelKoppelDialog *self);
guint              tafel_koppel_dialog_get_n_shown      (TafelKoppelDialog *self);
/* "2.1.1  Text" of the requirement shown at @position (newly allocated). */
char              *tafel_koppel_dialog_dup_row_text     (TafelKoppelDialog *self,
                                                         guint              position);

G_END_DECLS
