/* tafel-row-slots.h: a list model whose items keep their places, so that rows are reused
 *
 * GTK 4.8 list and column views destroy the row widgets of removed items
 * and build new ones for added items: a search that changes the shown set
 * rebuilds up to 200 rows of cells. This model wraps another: its item at
 * position i is always the same TafelRowSlot, which holds the wrapped
 * model's item i. A big change of the wrapped model (a search) is passed
 * on as a change of every position from the first one changed to the end,
 * with the same slot objects, so that a view finds its rows again and only
 * rebinds them. A small change (a note added or deleted) is passed on as
 * it is, the slots moving with their items, so that rows only shift.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TAFEL_TYPE_ROW_SLOT (tafel_row_slot_get_type ())
G_DECLARE_FINAL_TYPE (TafelRowSlot, tafel_row_slot, TAFEL, ROW_SLOT, GObject)

#define TAFEL_TYPE_ROW_SLOTS (tafel_row_slots_get_type ())
G_DECLARE_FINAL_TYPE (TafelRowSlots, tafel_row_slots, TAFEL, ROW_SLOTS, GObject)

/* The item the slot holds now (borrowed), or NULL. */
gpointer       tafel_row_slot_get_item (TafelRowSlot *self);

TafelRowSlots *tafel_row_slots_new     (GListModel   *model);

G_END_DECLS
