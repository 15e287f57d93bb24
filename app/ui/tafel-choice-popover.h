/* tafel-choice-popover.h: a small popover to choose one of a list, by keyboard
 *
 * Rows have a label, an optional dim subtitle and a check mark on the
 * current one. With more than a few rows a search entry filters them
 * (Enter takes the first row shown, Down moves into the list). A row can
 * ask for a reason first ("Not processed": why?); the popover then shows
 * an entry and emits "chosen" only with a reason that is not empty.
 *
 * Signal "chosen" (guint index, const char *reason): reason is NULL for
 * rows that do not ask for one.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TAFEL_TYPE_CHOICE_POPOVER (tafel_choice_popover_get_type ())
G_DECLARE_FINAL_TYPE (TafelChoicePopover, tafel_choice_popover, TAFEL, CHOICE_POPOVER, GtkPopover)

GtkWidget *tafel_choice_popover_new        (const char         *title);
guint      tafel_choice_popover_append     (TafelChoicePopover *self,
                                            const char         *label,
                                            const char         *subtitle,
                                            gboolean            current);
void       tafel_choice_popover_ask_reason (TafelChoicePopover *self,
                                            guint               index,
                                            const char         *question,
                                            const char         *initial);
/* Does what activating row @index does (for tests and shortcuts). */
void       tafel_choice_popover_choose     (TafelChoicePopover *self,
                                            guint               index);
/* While a reason is asked: confirms @reason as if typed and Enter pressed. */
void       tafel_choice_popover_confirm_reason (TafelChoicePopover *self,
                                                const char         *reason);

G_END_DECLS
