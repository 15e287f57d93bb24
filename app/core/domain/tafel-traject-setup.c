/* tafel-traject-setup.c: composite edits that a facilitator makes in one step */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-traject-setup.h"
#include "tafel-validate.h"

/* Adds "Sessie N" with every question block of the traject on its agenda,
 * the default for a new session, in one transaction. */
TafelSessie *
tafel_traject_add_sessie (TafelStore *store,
                          gint64      traject_id,
                          GError    **error)
{
  g_autoptr(GPtrArray) sessies = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *name = NULL;
  guint number;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  sessies = tafel_store_list (store, TAFEL_TYPE_SESSIE, traject_id, error);
  if (sessies == NULL)
    return NULL;
  blocks = tafel_store_list (store, TAFEL_TYPE_VRAAGBLOK, traject_id, error);
  if (blocks == NULL)
    return NULL;

  /* The first free "Sessie N", so that names stay distinct after deletes. */
  for (number = sessies->len + 1; ; number++)
    {
      gboolean taken = FALSE;

      g_free (name);
      name = g_strdup_printf (_("Session %u"), number);
      for (guint i = 0; i < sessies->len && !taken; i++)
        taken = g_utf8_collate (tafel_sessie_get_name (g_ptr_array_index (sessies, i)), name) == 0;
      if (!taken)
        break;
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < blocks->len; i++)
    {
      gint64 id = tafel_entity_get_id (g_ptr_array_index (blocks, i));
      g_array_append_val (ids, id);
    }

  sessie = tafel_sessie_new (traject_id);
  g_object_set (sessie, "name", name, NULL);

  if (!tafel_store_begin_batch (store, error))
    return NULL;

  if (!tafel_store_insert (store, sessie, error) ||
      !tafel_store_set_agenda (store, sessie, (const gint64 *) ids->data, ids->len, error))
    {
      tafel_store_rollback_batch (store);
      return NULL;
    }

  if (!tafel_store_commit_batch (store, error))
    return NULL;

  return g_steal_pointer (&sessie);
}

/* The organisation called @name (ignoring case), created when it does not
 * exist yet: capture types a name and gets an organisation. */
TafelOrganisatie *
tafel_traject_ensure_organisatie (TafelStore *store,
                                  gint64      traject_id,
                                  const char *name,
                                  gboolean   *created,
                                  GError    **error)
{
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autofree char *clean = NULL;
  glong bad = 0;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  if (created != NULL)
    *created = FALSE;

  clean = tafel_text_normalize (name, FALSE, &bad);
  if (clean != NULL && *clean != '\0')
    {
      org = tafel_store_find_by_name (store, TAFEL_TYPE_ORGANISATIE, traject_id, clean);
      if (org != NULL)
        return g_steal_pointer (&org);
    }

  /* Insert validates the name and explains what is wrong with it. */
  org = tafel_organisatie_new (traject_id);
  g_object_set (org, "name", clean ? clean : name, NULL);
  if (!tafel_store_insert (store, org, error))
    return NULL;

  if (created != NULL)
    *created = TRUE;

  return g_steal_pointer (&org);
}
