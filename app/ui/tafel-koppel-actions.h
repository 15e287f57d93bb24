/* tafel-koppel-actions.h: linking sticky notes to a requirement ("koppel aan eis")
 *
 * Opens a TafelKoppelDialog for the notes; choosing a requirement links
 * them all in one transaction and shows a toast "3 sticky notes linked to
 * requirement 3.4.2" whose Undo puts back the statuses, reasons and links
 * they had just before.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-koppel-dialog.h"

G_BEGIN_DECLS

/* @status NULL: tafel_eis_koppel_geeltjes() (open and not processed notes
 * become processed, the others keep their status); "verwerkt" or
 * "deels_verwerkt": every note gets that status and keeps its links plus
 * the one chosen. @widget finds the window and the toast overlay. Returns
 * the dialog shown, or NULL (nothing selected, or an error shown). */
TafelKoppelDialog *tafel_koppel_actions_run (GtkWidget  *widget,
                                             TafelStore *store,
                                             GPtrArray  *geeltjes,
                                             const char *status);

G_END_DECLS
