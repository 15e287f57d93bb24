/* tafel-template.h: built-in traject templates, stored as data in the resources
 *
 * A template holds a product structure (product groups with their
 * deelproducten) and the question blocks every session agenda starts
 * from. tafel_template_instantiate() turns one into a new traject in a
 * single transaction.
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

typedef struct _TafelTemplate TafelTemplate;

GPtrArray     *tafel_template_list_all          (GError       **error);
TafelTemplate *tafel_template_load              (const char    *id,
                                                 GError       **error);
TafelTemplate *tafel_template_parse             (const char    *id,
                                                 const char    *xml,
                                                 gsize          length,
                                                 GError       **error);
TafelTemplate *tafel_template_ref               (TafelTemplate *self);
void           tafel_template_unref             (TafelTemplate *self);

const char    *tafel_template_get_id            (TafelTemplate *self);
const char    *tafel_template_get_name          (TafelTemplate *self);
const char    *tafel_template_get_description   (TafelTemplate *self);
const char    *tafel_template_get_perceel       (TafelTemplate *self);
guint          tafel_template_get_n_groups      (TafelTemplate *self);
guint          tafel_template_get_n_deelproducten (TafelTemplate *self);
guint          tafel_template_get_n_vraagblokken  (TafelTemplate *self);

TafelTraject  *tafel_template_instantiate       (TafelTemplate *self,
                                                 TafelStore    *store,
                                                 const char    *name,
                                                 const char    *region,
                                                 GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelTemplate, tafel_template_unref)

G_END_DECLS
