/* tafel-ref-dropdown.h: a GtkDropDown over the rows of one kind of a traject
 *
 * Drives a GtkDropDown whose items are a few fixed entries ("No session",
 * "All sessions") followed by the live rows of one kind from a
 * TafelTrajectModel. The choice is kept by id: when rows are added, moved
 * or renamed elsewhere the same row stays chosen, and when the chosen row
 * goes away the first fixed entry is chosen instead. Type-ahead search in
 * the popup matches the start of the label.
 *
 * Signal "changed": the chosen id changed, by the user or by a fallback.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_REF_DROPDOWN (tafel_ref_dropdown_get_type ())
G_DECLARE_FINAL_TYPE (TafelRefDropdown, tafel_ref_dropdown, TAFEL, REF_DROPDOWN, GObject)

TafelRefDropdown *tafel_ref_dropdown_new       (GtkDropDown       *dropdown,
                                                GType              type);
void              tafel_ref_dropdown_add_fixed (TafelRefDropdown  *self,
                                                gint64             id,
                                                const char        *label);
void              tafel_ref_dropdown_set_model (TafelRefDropdown  *self,
                                                TafelTrajectModel *model);
gint64            tafel_ref_dropdown_get_id    (TafelRefDropdown  *self);
gboolean          tafel_ref_dropdown_set_id    (TafelRefDropdown  *self,
                                                gint64             id);
GtkDropDown      *tafel_ref_dropdown_get_dropdown (TafelRefDropdown *self);

/* How rows are named in the Geeltjes page: a session with its date, a
 * question block as "5. Tijd en intensiteit", others by their title. */
char             *tafel_ref_dup_label          (gpointer           entity);
char             *tafel_ref_dup_label_for_id   (TafelTrajectModel *model,
                                                GType              type,
                                                gint64             id);

G_END_DECLS
