/* test-traject-model.c: one open traject as list models, in step with the store
 *
 * Every list of the model is mirrored from its items-changed signals alone;
 * after each step the mirror must equal the list (so the signals were
 * consistent), the list must be in its documented order, and a model
 * loaded afresh from the database must show the same order.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "tafel-error.h"
#include "tafel-test-util.h"
#include "tafel-traject-model.h"
#include "tafel-traject-setup.h"

#define N_KINDS 8

static GType kinds[N_KINDS];

typedef struct {
  GListModel *list;
  GPtrArray  *items;      /* rebuilt from items-changed only */
  guint       n_signals;
} Mirror;

typedef struct {
  char              *dir;
  TafelStore        *store;
  TafelTraject      *traject;
  gint64             traject_id;
  TafelTrajectModel *model;
  Mirror             mirrors[N_KINDS];
  GPtrArray         *changed;        /* details of changed::, in order */
  GPtrArray         *links;          /* details of links-changed:: */
  guint              n_traject_removed;
  guint              n_traject_notify;
} Fixture;

/* ---- mirrors of the lists --------------------------------------------- */

static void
on_items_changed_cb (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Mirror     *m)
{
  g_assert_true (list == m->list);
  g_assert_cmpuint (position + removed, <=, m->items->len);

  if (removed > 0)
    g_ptr_array_remove_range (m->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (m->items, position + i, g_list_model_get_item (list, position + i));

  g_assert_cmpuint (m->items->len, ==, g_list_model_get_n_items (list));
  m->n_signals++;
}

static void
mirror_attach (Mirror     *m,
               GListModel *list)
{
  m->list = list;
  m->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (m->items, g_list_model_get_item (list, i));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), m);
}

static void
mirror_detach (Mirror *m)
{
  if (m->list != NULL)
    g_signal_handlers_disconnect_by_func (m->list, on_items_changed_cb, m);
  g_clear_pointer (&m->items, g_ptr_array_unref);
  m->list = NULL;
}

static Mirror *
mirror_of (Fixture *f,
           GType    type)
{
  for (guint i = 0; i < N_KINDS; i++)
    if (kinds[i] == type)
      return &f->mirrors[i];

  g_assert_not_reached ();
}

static guint
count_list_signals (Fixture *f)
{
  guint n = 0;

  for (guint i = 0; i < N_KINDS; i++)
    n += f->mirrors[i].n_signals;

  return n;
}

/* ---- model signals ----------------------------------------------------- */

static void
on_changed_cb (TafelTrajectModel *model,
               Fixture           *f)
{
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (model);

  g_ptr_array_add (f->changed, g_strdup (g_quark_to_string (hint->detail)));
}

static void
on_links_changed_cb (TafelTrajectModel *model,
                     Fixture           *f)
{
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (model);

  g_ptr_array_add (f->links, g_strdup (g_quark_to_string (hint->detail)));
}

static void
on_traject_removed_cb (TafelTrajectModel *model,
                       Fixture           *f)
{
  f->n_traject_removed++;
}

static void
on_notify_traject_cb (TafelTrajectModel *model,
                      GParamSpec        *pspec,
                      Fixture           *f)
{
  f->n_traject_notify++;
}

static TafelTrajectModel *
new_model (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TafelTrajectModel *model = tafel_traject_model_new (f->store, f->traject_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "model.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));
  f->changed = g_ptr_array_new_with_free_func (g_free);
  f->links = g_ptr_array_new_with_free_func (g_free);

  f->model = new_model (f);
  for (guint i = 0; i < N_KINDS; i++)
    mirror_attach (&f->mirrors[i], tafel_traject_model_get_list (f->model, kinds[i]));

  g_signal_connect (f->model, "changed", G_CALLBACK (on_changed_cb), f);
  g_signal_connect (f->model, "links-changed", G_CALLBACK (on_links_changed_cb), f);
  g_signal_connect (f->model, "traject-removed", G_CALLBACK (on_traject_removed_cb), f);
  g_signal_connect (f->model, "notify::traject", G_CALLBACK (on_notify_traject_cb), f);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  for (guint i = 0; i < N_KINDS; i++)
    mirror_detach (&f->mirrors[i]);
  if (f->model != NULL)
    g_assert_finalize_object (f->model);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);   /* the model let go of it */
  g_ptr_array_unref (f->changed);
  g_ptr_array_unref (f->links);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* ---- what the lists hold ---------------------------------------------- */

/* "title title title" (or "#id #id" for a kind without titles) */
static char *
describe_list (GListModel *list)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TafelEntity) e = g_list_model_get_item (list, i);
      g_autofree char *title = tafel_entity_dup_title (e);

      if (i > 0)
        g_string_append (s, " | ");
      if (title != NULL)
        g_string_append (s, title);
      else
        g_string_append_printf (s, "#%" G_GINT64_FORMAT, tafel_entity_get_id (e));
    }

  return g_string_free (s, FALSE);
}

static char *
describe_array (GPtrArray *rows)
{
  g_autoptr(GListStore) store = g_list_store_new (TAFEL_TYPE_ENTITY);

  for (guint i = 0; i < rows->len; i++)
    g_list_store_append (store, g_ptr_array_index (rows, i));

  return describe_list (G_LIST_MODEL (store));
}

static void
assert_list (Fixture    *f,
             GType       type,
             const char *expected)
{
  g_autofree char *shown = describe_list (tafel_traject_model_get_list (f->model, type));

  g_assert_cmpstr (shown, ==, expected);
}

/* The checks after every step:
 *  - each mirror equals its list, item for item (items-changed was right);
 *  - every item can be looked up by its id, and belongs to the traject;
 *  - a model loaded now from the database lists the same rows in the same
 *    order (so live updates and loading agree). */
static void
assert_consistent (Fixture *f)
{
  g_autoptr(TafelTrajectModel) fresh = new_model (f);

  for (guint k = 0; k < N_KINDS; k++)
    {
      Mirror *m = &f->mirrors[k];
      GListModel *list = tafel_traject_model_get_list (f->model, kinds[k]);
      GListModel *fresh_list = tafel_traject_model_get_list (fresh, kinds[k]);
      guint n = g_list_model_get_n_items (list);

      g_assert_true (list == m->list);
      g_assert_cmpuint (m->items->len, ==, n);
      g_assert_cmpuint (g_list_model_get_n_items (fresh_list), ==, n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TafelEntity) item = g_list_model_get_item (list, i);
          g_autoptr(TafelEntity) fresh_item = g_list_model_get_item (fresh_list, i);
          gint64 id = tafel_entity_get_id (item);

          if (g_ptr_array_index (m->items, i) != item)
            g_error ("%s: items-changed did not tell about item %u", g_type_name (kinds[k]), i);
          g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (item, kinds[k]));
          g_assert_true (tafel_traject_model_lookup (f->model, kinds[k], id) == item);
          g_assert_cmpint (tafel_entity_get_traject_id (item), ==, f->traject_id);

          if (tafel_entity_get_id (fresh_item) != id)
            {
              g_autofree char *live = describe_list (list);
              g_autofree char *loaded = describe_list (fresh_list);

              g_error ("%s: the live model shows [%s], a model loaded now shows [%s]",
                       g_type_name (kinds[k]), live, loaded);
            }
        }
    }
}

static void
assert_no_changes (Fixture *f,
                   guint    n_list_signals)
{
  g_assert_cmpuint (count_list_signals (f), ==, n_list_signals);
  g_assert_cmpuint (f->changed->len, ==, 0);
  g_assert_cmpuint (f->links->len, ==, 0);
}

static void
clear_signals (Fixture *f)
{
  g_ptr_array_set_size (f->changed, 0);
  g_ptr_array_set_size (f->links, 0);
}

static void
assert_changed (Fixture    *f,
                const char *expected)   /* "geeltje geeltje deelproduct" */
{
  g_autoptr(GString) shown = g_string_new (NULL);

  for (guint i = 0; i < f->changed->len; i++)
    g_string_append_printf (shown, "%s%s", i ? " " : "", (char *) g_ptr_array_index (f->changed, i));

  g_assert_cmpstr (shown->str, ==, expected);
  clear_signals (f);
}

/* ---- making rows ------------------------------------------------------ */

static TafelGeeltje *
add_geeltje (Fixture    *f,
             gint64      traject_id,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  TafelGeeltje *g = tafel_geeltje_new (traject_id);

  g_object_set (g, "text", text, NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));
  g_assert_no_error (error);
  return g;
}

static TafelOrganisatie *
add_organisatie (Fixture    *f,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  TafelOrganisatie *o = tafel_organisatie_new (f->traject_id);

  g_object_set (o, "name", name, NULL);
  g_assert_true (tafel_store_insert (f->store, o, &error));
  g_assert_no_error (error);
  return o;
}

static TafelSessie *
add_sessie (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TafelSessie *s = tafel_traject_add_sessie (f->store, f->traject_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (s);
  return s;
}

static void
set_string (Fixture    *f,
            gpointer    entity,
            const char *column,
            const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_store_set_string (f->store, entity, column, value, &error));
  g_assert_no_error (error);
}

static gpointer
model_item (Fixture *f,
            GType    type,
            guint    position)
{
  gpointer item = g_list_model_get_item (tafel_traject_model_get_list (f->model, type), position);

  g_assert_nonnull (item);
  g_object_unref (item);   /* the model keeps it alive */
  return item;
}

/* ---- tests ------------------------------------------------------------ */

static void
test_load (Fixture      *f,
           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_autofree char *expected_dp = describe_array (deelproducten);

  g_assert_true (tafel_traject_model_get_store (f->model) == f->store);
  g_assert_cmpint (tafel_traject_model_get_traject_id (f->model), ==, f->traject_id);
  g_assert_cmpstr (tafel_traject_get_name (tafel_traject_model_get_traject (f->model)), ==, "Inkoop 2027");
  {
    g_autoptr(TafelTraject) property = NULL;

    g_object_get (f->model, "traject", &property, NULL);
    g_assert_true (property == tafel_traject_model_get_traject (f->model));
  }

  assert_list (f, TAFEL_TYPE_VRAAGBLOK, "Product | Resultaat en product | Doelgroep | Resultaat"
                                        " | Tijd en intensiteit | Wie en wat is er nodig | Maatwerk");
  assert_list (f, TAFEL_TYPE_PRODUCTGROEP, "Jeugd- en Opvoedhulp | Begeleiding | GGZ | Onderwijs");
  assert_list (f, TAFEL_TYPE_DEELPRODUCT, expected_dp);
  g_assert_true (g_str_has_prefix (expected_dp, "Kortdurende systeembegeleiding | Duurzame systeembegeleiding"));
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 1");
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "");
  assert_list (f, TAFEL_TYPE_DEELNEMER, "");
  assert_list (f, TAFEL_TYPE_GEELTJE, "");
  assert_list (f, TAFEL_TYPE_AANBOD, "");
  assert_consistent (f);
}

/* Rows stored before the model is made come out in the model's order. */
static void
test_load_order (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTrajectModel) loaded = NULL;
  g_autoptr(TafelSessie) s2 = add_sessie (f);
  g_autoptr(TafelSessie) s3 = add_sessie (f);
  g_autoptr(TafelSessie) s4 = add_sessie (f);
  const char *org_names[] = { "zorgkracht", "Alpha", "Kwadraad", "beta" };
  const char *people[] = { "Piet", "anna", "Fatima", "bob" };
  const char *offers[] = { "MST", "fft", "Eigen methode" };
  g_autofree char *geeltjes = NULL;
  gint64 ids[3];

  for (guint i = 0; i < G_N_ELEMENTS (org_names); i++)
    g_object_unref (add_organisatie (f, org_names[i]));
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(TafelDeelnemer) d = tafel_deelnemer_new (f->traject_id);

      g_object_set (d, "name", people[i], NULL);
      g_assert_true (tafel_store_insert (f->store, d, &error));
    }
  for (guint i = 0; i < G_N_ELEMENTS (offers); i++)
    {
      g_autoptr(TafelAanbod) a = tafel_aanbod_new (f->traject_id);

      g_object_set (a, "title", offers[i], NULL);
      g_assert_true (tafel_store_insert (f->store, a, &error));
    }
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(TafelGeeltje) g = add_geeltje (f, f->traject_id, "Geeltje");
      ids[i] = tafel_entity_get_id (TAFEL_ENTITY (g));
    }
  set_string (f, s3, "date", "11-11-2026");
  set_string (f, s4, "date", "28-10-2026");
  set_string (f, s2, "date", "11-11-2026");
  set_string (f, s2, "start_time", "13:00");
  set_string (f, s3, "start_time", "9:30");
  g_assert_no_error (error);

  loaded = new_model (f);

  geeltjes = g_strdup_printf ("#%" G_GINT64_FORMAT " | #%" G_GINT64_FORMAT " | #%" G_GINT64_FORMAT,
                              ids[2], ids[1], ids[0]);
  {
    struct { GType type; const char *expected; } orders[] = {
      { TAFEL_TYPE_ORGANISATIE, "Alpha | beta | Kwadraad | zorgkracht" },
      { TAFEL_TYPE_DEELNEMER, "anna | bob | Fatima | Piet" },
      { TAFEL_TYPE_AANBOD, "Eigen methode | fft | MST" },
      { TAFEL_TYPE_SESSIE, "Session 4 | Session 3 | Session 2 | Session 1" },
      { TAFEL_TYPE_GEELTJE, geeltjes },
    };

    for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
      {
        g_autofree char *live = describe_list (tafel_traject_model_get_list (f->model, orders[i].type));
        g_autofree char *fresh = describe_list (tafel_traject_model_get_list (loaded, orders[i].type));

        g_assert_cmpstr (fresh, ==, orders[i].expected);
        g_assert_cmpstr (live, ==, orders[i].expected);
      }
  }
  assert_consistent (f);
}

static void
test_geeltjes_newest_first (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g1 = add_geeltje (f, f->traject_id, "Eerste");
  g_autoptr(TafelGeeltje) g2 = add_geeltje (f, f->traject_id, "Tweede");
  g_autoptr(TafelGeeltje) g3 = add_geeltje (f, f->traject_id, "Derde");
  GListModel *list = tafel_traject_model_get_list (f->model, TAFEL_TYPE_GEELTJE);

  /* the very objects that were inserted, newest on top */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 0) == g3);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 1) == g2);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 2) == g1);
  g_assert_cmpuint (mirror_of (f, TAFEL_TYPE_GEELTJE)->n_signals, ==, 3);
  assert_changed (f, "geeltje geeltje geeltje");
  assert_consistent (f);

  /* delete: gone from the list and from look-ups */
  g_assert_true (tafel_store_delete (f->store, g2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 0) == g3);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 1) == g1);
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g2))));
  assert_changed (f, "geeltje");
  assert_consistent (f);

  /* restore: back at its place */
  g_assert_true (tafel_store_restore (f->store, g2, &error));
  g_assert_no_error (error);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 1) == g2);
  g_assert_true (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g2))) == g2);
  assert_changed (f, "geeltje");
  assert_consistent (f);

  /* an edit that does not touch the order moves nothing */
  {
    guint before = mirror_of (f, TAFEL_TYPE_GEELTJE)->n_signals;

    set_string (f, g1, "text", "Eerste, bijgewerkt");
    g_assert_cmpuint (mirror_of (f, TAFEL_TYPE_GEELTJE)->n_signals, ==, before);
    g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 2) == g1);
    assert_changed (f, "geeltje");
  }

  /* the oldest, deleted and restored, is still the last */
  g_assert_true (tafel_store_delete (f->store, g1, &error));
  g_assert_true (tafel_store_restore (f->store, g1, &error));
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 2) == g1);
  assert_consistent (f);
}

static void
test_deelproducten_by_position (Fixture      *f,
                                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) added = tafel_deelproduct_new (f->traject_id);
  TafelDeelproduct *third = model_item (f, TAFEL_TYPE_DEELPRODUCT, 2);
  GListModel *list = tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELPRODUCT);

  /* a new one goes last */
  g_object_set (added, "name", "Crisisopvang", NULL);
  g_assert_true (tafel_store_insert (f->store, added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 12);
  g_assert_true (model_item (f, TAFEL_TYPE_DEELPRODUCT, 11) == added);
  assert_changed (f, "deelproduct");
  assert_consistent (f);

  /* delete and restore the third: back in third place */
  g_object_ref (third);
  g_assert_true (tafel_store_delete (f->store, third, &error));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 11);
  g_assert_true (model_item (f, TAFEL_TYPE_DEELPRODUCT, 2) != third);
  assert_consistent (f);
  g_assert_true (tafel_store_restore (f->store, third, &error));
  g_assert_no_error (error);
  g_assert_true (model_item (f, TAFEL_TYPE_DEELPRODUCT, 2) == third);
  assert_changed (f, "deelproduct deelproduct");
  assert_consistent (f);
  g_object_unref (third);

  /* a rename does not move it */
  set_string (f, added, "name", "Aanvullende crisisopvang");
  g_assert_true (model_item (f, TAFEL_TYPE_DEELPRODUCT, 11) == added);
  assert_consistent (f);
}

/* Moves the items of the deelproduct list into a random order with
 * tafel_store_reorder(), using the model's own objects (as a page does) or
 * copies read from the store (as other code may). */
static void
reorder_randomly (Fixture  *f,
                  gboolean  use_copies)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *expected = NULL;

  if (use_copies)
    order = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  else
    {
      GListModel *list = tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELPRODUCT);

      order = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (order, g_list_model_get_item (list, i));
    }
  g_assert_no_error (error);

  /* Fisher–Yates */
  for (guint i = order->len - 1; i > 0; i--)
    {
      guint j = g_test_rand_int_range (0, i + 1);
      gpointer tmp = order->pdata[i];

      order->pdata[i] = order->pdata[j];
      order->pdata[j] = tmp;
    }
  expected = describe_array (order);

  g_assert_true (tafel_store_reorder (f->store, order->pdata, order->len, &error));
  g_assert_no_error (error);

  assert_list (f, TAFEL_TYPE_DEELPRODUCT, expected);
  assert_consistent (f);
}

static void
test_deelproducten_reorder (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list = tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELPRODUCT);
  TafelDeelproduct *last = model_item (f, TAFEL_TYPE_DEELPRODUCT, 10);

  /* the last one to the top */
  g_ptr_array_add (order, g_object_ref (last));
  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (order, g_list_model_get_item (list, i));
  g_assert_true (tafel_store_reorder (f->store, order->pdata, order->len, &error));
  g_assert_no_error (error);
  g_assert_true (model_item (f, TAFEL_TYPE_DEELPRODUCT, 0) == last);
  g_assert_cmpstr (tafel_deelproduct_get_name (model_item (f, TAFEL_TYPE_DEELPRODUCT, 1)), ==,
                   "Kortdurende systeembegeleiding");
  g_assert_cmpuint (f->changed->len, >, 0);
  for (guint i = 0; i < f->changed->len; i++)
    g_assert_cmpstr (g_ptr_array_index (f->changed, i), ==, "deelproduct");
  assert_consistent (f);

  /* reversed */
  g_ptr_array_set_size (order, 0);
  for (guint i = g_list_model_get_n_items (list); i > 0; i--)
    g_ptr_array_add (order, g_list_model_get_item (list, i - 1));
  g_assert_true (tafel_store_reorder (f->store, order->pdata, order->len, &error));
  g_assert_true (model_item (f, TAFEL_TYPE_DEELPRODUCT, 10) == last);
  assert_consistent (f);

  for (guint round = 0; round < 15; round++)
    reorder_randomly (f, FALSE);
}

static void
test_deelproducten_reorder_copies (Fixture      *f,
                                   gconstpointer data)
{
  for (guint round = 0; round < 15; round++)
    reorder_randomly (f, TRUE);
}

static void
test_sessies_by_date (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(TafelSessie) s1 = g_object_ref (model_item (f, TAFEL_TYPE_SESSIE, 0));
  g_autoptr(TafelSessie) s2 = add_sessie (f);
  g_autoptr(TafelSessie) s3 = add_sessie (f);
  g_autoptr(TafelSessie) s4 = add_sessie (f);

  /* undated: in the order they were made */
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 1 | Session 2 | Session 3 | Session 4");
  assert_consistent (f);
  clear_signals (f);

  /* dated ones come first, by date */
  set_string (f, s3, "date", "11-11-2026");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 3 | Session 1 | Session 2 | Session 4");
  assert_changed (f, "sessie");
  assert_consistent (f);

  set_string (f, s4, "date", "28-10-2026");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 4 | Session 3 | Session 1 | Session 2");
  assert_consistent (f);

  /* on the same date, by start time (none first), then by creation */
  set_string (f, s1, "date", "2026-11-11");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 4 | Session 1 | Session 3 | Session 2");
  set_string (f, s3, "start_time", "13:00");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 4 | Session 1 | Session 3 | Session 2");
  set_string (f, s1, "start_time", "14:00");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 4 | Session 3 | Session 1 | Session 2");
  assert_consistent (f);
  set_string (f, s3, "start_time", "15:00");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 4 | Session 1 | Session 3 | Session 2");
  assert_consistent (f);

  /* a date taken away: back among the undated, by creation */
  set_string (f, s4, "date", "");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 1 | Session 3 | Session 2 | Session 4");
  assert_consistent (f);

  /* later in time */
  set_string (f, s1, "date", "18-11-2026");
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 3 | Session 1 | Session 2 | Session 4");
  assert_consistent (f);

  /* delete and restore the one in the middle */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tafel_store_delete (f->store, s1, &error));
    assert_list (f, TAFEL_TYPE_SESSIE, "Session 3 | Session 2 | Session 4");
    g_assert_true (tafel_store_restore (f->store, s1, &error));
    g_assert_no_error (error);
    assert_list (f, TAFEL_TYPE_SESSIE, "Session 3 | Session 1 | Session 2 | Session 4");
    assert_consistent (f);
  }
}

static void
test_organisaties_by_name (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelOrganisatie) z = add_organisatie (f, "zorgkracht");
  g_autoptr(TafelOrganisatie) a = add_organisatie (f, "Alpha");
  g_autoptr(TafelOrganisatie) b = add_organisatie (f, "beta");
  g_autoptr(TafelOrganisatie) g = add_organisatie (f, "Gamma");

  /* ignoring case */
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "Alpha | beta | Gamma | zorgkracht");
  assert_changed (f, "organisatie organisatie organisatie organisatie");
  assert_consistent (f);

  /* a rename re-sorts */
  set_string (f, a, "name", "Zeta");
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "beta | Gamma | Zeta | zorgkracht");
  assert_changed (f, "organisatie");
  assert_consistent (f);
  set_string (f, z, "name", "Aanbieder");
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "Aanbieder | beta | Gamma | Zeta");
  assert_consistent (f);

  /* only the case changes: stays where it is */
  {
    guint before = mirror_of (f, TAFEL_TYPE_ORGANISATIE)->n_signals;

    set_string (f, b, "name", "Beta");
    assert_list (f, TAFEL_TYPE_ORGANISATIE, "Aanbieder | Beta | Gamma | Zeta");
    g_assert_cmpuint (mirror_of (f, TAFEL_TYPE_ORGANISATIE)->n_signals, ==, before);
  }

  /* delete and restore */
  g_assert_true (tafel_store_delete (f->store, g, &error));
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "Aanbieder | Beta | Zeta");
  g_assert_true (tafel_store_restore (f->store, g, &error));
  g_assert_no_error (error);
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "Aanbieder | Beta | Gamma | Zeta");
  assert_consistent (f);
}

/* Names beyond ASCII: "ignoring case" means ä and Ä are the same letter,
 * both in a live model and in one loaded afresh. */
static void
test_organisaties_non_ascii (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(TafelOrganisatie) a1 = add_organisatie (f, "Ärzte ohne Grenzen");
  g_autoptr(TafelOrganisatie) a2 = add_organisatie (f, "äpfel en peren");
  g_autoptr(TafelOrganisatie) a3 = add_organisatie (f, "Éénzorg");
  g_autoptr(TafelOrganisatie) a4 = add_organisatie (f, "énergie");
  g_autoptr(TafelDeelnemer) d1 = tafel_deelnemer_new (f->traject_id);
  g_autoptr(TafelDeelnemer) d2 = tafel_deelnemer_new (f->traject_id);
  g_autoptr(GError) error = NULL;

  g_object_set (d1, "name", "Özlem", NULL);
  g_object_set (d2, "name", "öykü", NULL);
  g_assert_true (tafel_store_insert (f->store, d1, &error));
  g_assert_true (tafel_store_insert (f->store, d2, &error));
  g_assert_no_error (error);

  /* the live list follows the case-insensitive order … */
  {
    GListModel *list = tafel_traject_model_get_list (f->model, TAFEL_TYPE_ORGANISATIE);
    guint pos_a1 = 0, pos_a2 = 0;

    /* äp… before Är… in any locale: ä and Ä are one letter, then p < r
     * (where É sorts among the others depends on the locale) */
    g_assert_true (g_list_store_find (G_LIST_STORE (list), a1, &pos_a1));
    g_assert_true (g_list_store_find (G_LIST_STORE (list), a2, &pos_a2));
    g_assert_cmpuint (pos_a2, <, pos_a1);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  }
  g_assert_true (model_item (f, TAFEL_TYPE_DEELNEMER, 0) == d2);   /* öy… before Öz… */

  /* … and so does a model loaded from the database */
  assert_consistent (f);
}

static void
test_other_traject_ignored (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) other = NULL;
  g_autoptr(TafelGeeltje) g = NULL;
  g_autoptr(TafelSessie) s = NULL;
  g_autoptr(GPtrArray) other_dps = NULL;
  guint list_signals = count_list_signals (f);
  gint64 other_id;

  /* a whole traject from a template: 24 rows and an agenda */
  other = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Ander traject");
  other_id = tafel_entity_get_id (TAFEL_ENTITY (other));
  assert_no_changes (f, list_signals);

  g = add_geeltje (f, other_id, "Elders");
  set_string (f, g, "text", "Nog steeds elders");
  g_assert_true (tafel_store_delete (f->store, g, &error));
  g_assert_true (tafel_store_restore (f->store, g, &error));
  s = tafel_traject_add_sessie (f->store, other_id, &error);
  g_assert_no_error (error);
  set_string (f, s, "date", "28-10-2026");
  g_assert_true (tafel_store_set_agenda (f->store, s, NULL, 0, &error));
  other_dps = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, other_id, &error);
  g_ptr_array_insert (other_dps, 0, g_ptr_array_steal_index (other_dps, 10));
  g_assert_true (tafel_store_reorder (f->store, other_dps->pdata, other_dps->len, &error));
  set_string (f, other, "region", "Regio Elders");
  g_assert_no_error (error);

  assert_no_changes (f, list_signals);
  g_assert_cmpuint (f->n_traject_notify, ==, 0);
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g))));

  /* its deletion is not ours either */
  g_assert_true (tafel_store_delete (f->store, other, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_traject_removed, ==, 0);
  assert_no_changes (f, list_signals);
  assert_consistent (f);
}

static void
test_lookup (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g = add_geeltje (f, f->traject_id, "Zoek mij");
  g_autoptr(TafelOrganisatie) org = add_organisatie (f, "Kwadraad");
  g_autoptr(TafelTraject) other = tafel_test_create_traject (f->store, "leeg", "Ander");
  g_autoptr(TafelGeeltje) foreign = add_geeltje (f, tafel_entity_get_id (TAFEL_ENTITY (other)), "Elders");
  TafelDeelproduct *dp = model_item (f, TAFEL_TYPE_DEELPRODUCT, 8);
  gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  gint64 org_id = tafel_entity_get_id (TAFEL_ENTITY (org));
  gint64 g_id = tafel_entity_get_id (TAFEL_ENTITY (g));

  g_assert_true (tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, dp_id) == dp);
  g_assert_cmpstr (tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_DEELPRODUCT, dp_id), ==, "Specialistische GGZ");
  g_assert_true (tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE, org_id) == org);
  g_assert_cmpstr (tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_ORGANISATIE, org_id), ==, "Kwadraad");
  g_assert_true (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, g_id) == g);

  /* a kind without a title column has no name */
  g_assert_cmpstr (tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_GEELTJE, g_id), ==, "");

  /* 0, unknown ids, rows of another traject */
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, 0));
  g_assert_cmpstr (tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_DEELPRODUCT, 0), ==, "");
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, 987654));
  g_assert_cmpstr (tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_DEELPRODUCT, 987654), ==, "");
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (foreign))));

  /* names follow edits; deleted rows are gone until restored */
  set_string (f, dp, "name", "Specialistische jeugd-GGZ");
  g_assert_cmpstr (tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_DEELPRODUCT, dp_id), ==, "Specialistische jeugd-GGZ");
  g_assert_true (tafel_store_delete (f->store, org, &error));
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE, org_id));
  g_assert_cmpstr (tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_ORGANISATIE, org_id), ==, "");
  g_assert_true (tafel_store_restore (f->store, org, &error));
  g_assert_no_error (error);
  g_assert_true (tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE, org_id) == org);
  assert_consistent (f);
}

/* An edit made through another object of the same row (read separately
 * from the store) replaces the model's object. */
static void
test_change_through_copy (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelDeelproduct *ours = model_item (f, TAFEL_TYPE_DEELPRODUCT, 3);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (ours));
  g_autoptr(TafelDeelproduct) copy = tafel_store_get (f->store, TAFEL_TYPE_DEELPRODUCT, id, &error);
  g_autoptr(TafelTraject) traject_copy = tafel_store_get (f->store, TAFEL_TYPE_TRAJECT, f->traject_id, &error);

  g_assert_no_error (error);
  g_assert_true (copy != ours);

  set_string (f, copy, "productcode", "45A53");
  g_assert_true (tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, id) == copy);
  g_assert_true (model_item (f, TAFEL_TYPE_DEELPRODUCT, 3) == copy);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (model_item (f, TAFEL_TYPE_DEELPRODUCT, 3)), ==, "45A53");
  assert_changed (f, "deelproduct");
  assert_consistent (f);

  /* the traject itself */
  set_string (f, traject_copy, "region", "Regio Noord");
  g_assert_true (tafel_traject_model_get_traject (f->model) == traject_copy);
  g_assert_cmpstr (tafel_traject_get_region (tafel_traject_model_get_traject (f->model)), ==, "Regio Noord");
  g_assert_cmpuint (f->n_traject_notify, ==, 1);
  assert_changed (f, "traject");

  /* and through the model's own traject object */
  set_string (f, tafel_traject_model_get_traject (f->model), "perceel", "Perceel B");
  g_assert_cmpuint (f->n_traject_notify, ==, 2);
  assert_changed (f, "traject");
}

static guint n_changed_geeltje;

static void
on_changed_geeltje_cb (TafelTrajectModel *model,
                       gpointer           user_data)
{
  n_changed_geeltje++;
}

static void
test_changed_details (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g = NULL;
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autoptr(TafelAanbod) aanbod = tafel_aanbod_new (f->traject_id);
  g_autoptr(TafelDeelnemer) d = tafel_deelnemer_new (f->traject_id);
  g_autoptr(TafelProductgroep) group = tafel_productgroep_new (f->traject_id);
  g_autoptr(TafelVraagblok) block = tafel_vraagblok_new (f->traject_id);

  n_changed_geeltje = 0;
  g_signal_connect (f->model, "changed::geeltje", G_CALLBACK (on_changed_geeltje_cb), NULL);

  g = add_geeltje (f, f->traject_id, "Een");
  org = add_organisatie (f, "Kwadraad");
  g_object_set (aanbod, "title", "MST", NULL);
  g_assert_true (tafel_store_insert (f->store, aanbod, &error));
  g_object_set (d, "name", "Piet", NULL);
  g_assert_true (tafel_store_insert (f->store, d, &error));
  g_object_set (group, "name", "Crisis", NULL);
  g_assert_true (tafel_store_insert (f->store, group, &error));
  g_object_set (block, "title", "Volgende sessie", NULL);
  g_assert_true (tafel_store_insert (f->store, block, &error));
  set_string (f, model_item (f, TAFEL_TYPE_DEELPRODUCT, 0), "doelgroepen", "Gezinnen");
  set_string (f, model_item (f, TAFEL_TYPE_SESSIE, 0), "theme", "Visie");
  g_assert_true (tafel_store_delete (f->store, g, &error));
  g_assert_no_error (error);

  assert_changed (f, "geeltje organisatie aanbod deelnemer productgroep vraagblok deelproduct sessie geeltje");
  g_assert_cmpuint (n_changed_geeltje, ==, 2);
  assert_list (f, TAFEL_TYPE_VRAAGBLOK, "Product | Resultaat en product | Doelgroep | Resultaat"
                                        " | Tijd en intensiteit | Wie en wat is er nodig | Maatwerk | Volgende sessie");
  assert_list (f, TAFEL_TYPE_PRODUCTGROEP, "Jeugd- en Opvoedhulp | Begeleiding | GGZ | Onderwijs | Crisis");
  assert_consistent (f);

  /* a refused edit changes nothing and says nothing */
  g_assert_false (tafel_store_set_string (f->store, org, "name", "", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  assert_changed (f, "");
}

static guint n_agenda_only;

static void
on_links_agenda_cb (TafelTrajectModel *model,
                    gpointer           user_data)
{
  n_agenda_only++;
}

static void
test_links_changed (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelSessie *s1 = model_item (f, TAFEL_TYPE_SESSIE, 0);
  g_autoptr(TafelDeelnemer) d = tafel_deelnemer_new (f->traject_id);
  g_autoptr(TafelSessie) s2 = NULL;
  gint64 block = tafel_entity_get_id (model_item (f, TAFEL_TYPE_VRAAGBLOK, 3));

  n_agenda_only = 0;
  g_signal_connect (f->model, "links-changed::agenda", G_CALLBACK (on_links_agenda_cb), NULL);

  g_assert_true (tafel_store_set_agenda (f->store, s1, &block, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->links->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->links, 0), ==, "agenda");
  g_assert_cmpuint (n_agenda_only, ==, 1);

  g_object_set (d, "name", "Piet", NULL);
  g_assert_true (tafel_store_insert (f->store, d, &error));
  g_assert_true (tafel_store_set_present (f->store, d, s1, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->links->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (f->links, 1), ==, "aanwezigheid");
  g_assert_cmpuint (n_agenda_only, ==, 1);

  /* a new session is a row and an agenda */
  clear_signals (f);
  s2 = add_sessie (f);
  g_assert_cmpuint (f->links->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->links, 0), ==, "agenda");
  g_assert_cmpuint (n_agenda_only, ==, 2);
  assert_changed (f, "sessie");

  /* a refused agenda says nothing */
  clear_signals (f);
  {
    gint64 twice[2] = { block, block };

    g_assert_false (tafel_store_set_agenda (f->store, s2, twice, 2, &error));
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  }
  g_assert_cmpuint (f->links->len, ==, 0);
}

static void
test_traject_removed (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_store_delete (f->store, f->traject, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_traject_removed, ==, 1);

  /* the model can no longer be made for it */
  {
    g_autoptr(TafelTrajectModel) again = tafel_traject_model_new (f->store, f->traject_id, &error);

    g_assert_null (again);
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  }
}

static void
test_new_unknown_traject (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTrajectModel) model = tafel_traject_model_new (f->store, 424242, &error);

  g_assert_null (model);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
}

static void
test_batch (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g1 = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelGeeltje) g2 = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelGeeltje) lost = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelOrganisatie) org = add_organisatie (f, "Kwadraad");
  TafelSessie *s1 = model_item (f, TAFEL_TYPE_SESSIE, 0);
  g_autoptr(TafelDeelproduct) dp = g_object_ref (model_item (f, TAFEL_TYPE_DEELPRODUCT, 0));
  guint list_signals;

  clear_signals (f);
  list_signals = count_list_signals (f);

  g_assert_true (tafel_store_begin_batch (f->store, &error));
  g_object_set (g1, "text", "In de batch", NULL);
  g_assert_true (tafel_store_insert (f->store, g1, &error));
  g_object_set (g2, "text", "Ook in de batch", NULL);
  g_assert_true (tafel_store_insert (f->store, g2, &error));
  set_string (f, org, "name", "Aanbieder");
  set_string (f, s1, "date", "28-10-2026");
  g_assert_true (tafel_store_set_agenda (f->store, s1, NULL, 0, &error));
  g_assert_true (tafel_store_delete (f->store, dp, &error));
  g_assert_no_error (error);

  /* nothing yet */
  assert_no_changes (f, list_signals);
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g1))));
  g_assert_true (tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, tafel_entity_get_id (TAFEL_ENTITY (dp))) == dp);

  g_assert_true (tafel_store_commit_batch (f->store, &error));
  g_assert_no_error (error);

  /* now everything, in the order it was done */
  g_assert_cmpuint (f->links->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->links, 0), ==, "agenda");
  assert_changed (f, "geeltje geeltje organisatie sessie deelproduct");
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 0) == g2);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 1) == g1);
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, tafel_entity_get_id (TAFEL_ENTITY (dp))));
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "Aanbieder");
  assert_consistent (f);

  /* a batch rolled back: nothing, ever */
  clear_signals (f);
  list_signals = count_list_signals (f);
  g_assert_true (tafel_store_begin_batch (f->store, &error));
  g_object_set (lost, "text", "Teruggedraaid", NULL);
  g_assert_true (tafel_store_insert (f->store, lost, &error));
  set_string (f, org, "name", "Verdwenen naam");
  g_assert_true (tafel_store_set_agenda (f->store, s1, NULL, 0, &error));
  g_assert_no_error (error);
  tafel_store_rollback_batch (f->store);

  assert_no_changes (f, list_signals);
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (f->model, TAFEL_TYPE_GEELTJE)), ==, 2);
  assert_consistent (f);

  /* the objects are as before the batch too: the organisation the model
   * shows has its stored name, and the geeltje is not stored (its id would
   * otherwise be given to the next new row) */
  assert_list (f, TAFEL_TYPE_ORGANISATIE, "Aanbieder");
  g_assert_false (tafel_entity_is_stored (TAFEL_ENTITY (lost)));
  g_assert_cmpstr (tafel_geeltje_get_text (lost), ==, "Teruggedraaid");

  /* the next change arrives as usual */
  g_object_unref (add_geeltje (f, f->traject_id, "Na de terugdraai"));
  assert_changed (f, "geeltje");
  assert_consistent (f);
}

/* A batch inside a batch (as tafel_traject_add_sessie() is inside a
 * template) that is rolled back takes its signals and its changes to
 * objects with it; the outer batch goes on. */
static void
test_batch_nested_rollback (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) ghost = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelGeeltje) kept = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelSessie) sessie = NULL;
  TafelDeelproduct *dp = model_item (f, TAFEL_TYPE_DEELPRODUCT, 0);
  g_autofree char *name = g_strdup (tafel_deelproduct_get_name (dp));
  guint list_signals;

  clear_signals (f);
  list_signals = count_list_signals (f);

  g_assert_true (tafel_store_begin_batch (f->store, &error));

  g_assert_true (tafel_store_begin_batch (f->store, &error));
  g_object_set (ghost, "text", "  Spook  ", NULL);
  g_assert_true (tafel_store_insert (f->store, ghost, &error));
  set_string (f, dp, "name", "Tijdelijke naam");
  sessie = add_sessie (f);               /* itself a batch, inside the inner one */
  g_assert_no_error (error);
  tafel_store_rollback_batch (f->store);

  /* the objects are back as they were before the inner batch */
  g_assert_false (tafel_entity_is_stored (TAFEL_ENTITY (ghost)));
  g_assert_cmpstr (tafel_geeltje_get_text (ghost), ==, "  Spook  ");
  g_assert_cmpstr (tafel_deelproduct_get_name (dp), ==, name);
  g_assert_false (tafel_entity_is_stored (TAFEL_ENTITY (sessie)));

  g_object_set (kept, "text", "Blijft", NULL);
  g_assert_true (tafel_store_insert (f->store, kept, &error));
  g_assert_true (tafel_store_commit_batch (f->store, &error));
  g_assert_no_error (error);

  /* only what the outer batch kept is announced and shown */
  assert_changed (f, "geeltje");
  g_assert_cmpuint (count_list_signals (f), ==, list_signals + 1);
  assert_list (f, TAFEL_TYPE_SESSIE, "Session 1");
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (f->model, TAFEL_TYPE_GEELTJE)), ==, 1);
  g_assert_true (model_item (f, TAFEL_TYPE_GEELTJE, 0) == kept);
  assert_consistent (f);
}

static void
test_finalize (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelTrajectModel *model = g_steal_pointer (&f->model);
  TafelGeeltje *watched = add_geeltje (f, f->traject_id, "Bewaakt");
  g_autoptr(TafelGeeltje) after = NULL;

  g_object_add_weak_pointer (G_OBJECT (watched), (gpointer *) &watched);
  g_object_unref (watched);        /* now only the model holds it */
  g_assert_nonnull (watched);

  g_assert_cmpuint (g_signal_handler_find (f->store, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, model), !=, 0);

  for (guint i = 0; i < N_KINDS; i++)
    mirror_detach (&f->mirrors[i]);
  g_assert_finalize_object (model);

  /* its objects went with it, and it left the store */
  g_assert_null (watched);
  g_assert_cmpuint (g_signal_handler_find (f->store, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, model), ==, 0);

  /* the store goes on without it */
  after = add_geeltje (f, f->traject_id, "Na het model");
  g_assert_true (tafel_store_delete (f->store, after, &error));
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  kinds[0] = TAFEL_TYPE_VRAAGBLOK;
  kinds[1] = TAFEL_TYPE_SESSIE;
  kinds[2] = TAFEL_TYPE_ORGANISATIE;
  kinds[3] = TAFEL_TYPE_DEELNEMER;
  kinds[4] = TAFEL_TYPE_PRODUCTGROEP;
  kinds[5] = TAFEL_TYPE_DEELPRODUCT;
  kinds[6] = TAFEL_TYPE_GEELTJE;
  kinds[7] = TAFEL_TYPE_AANBOD;

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/traject-model/load", test_load);
  ADD ("/traject-model/load-order", test_load_order);
  ADD ("/traject-model/new-unknown-traject", test_new_unknown_traject);
  ADD ("/traject-model/geeltjes-newest-first", test_geeltjes_newest_first);
  ADD ("/traject-model/deelproducten-by-position", test_deelproducten_by_position);
  ADD ("/traject-model/deelproducten-reorder", test_deelproducten_reorder);
  ADD ("/traject-model/deelproducten-reorder-copies", test_deelproducten_reorder_copies);
  ADD ("/traject-model/sessies-by-date", test_sessies_by_date);
  ADD ("/traject-model/organisaties-by-name", test_organisaties_by_name);
  ADD ("/traject-model/organisaties-non-ascii", test_organisaties_non_ascii);
  ADD ("/traject-model/other-traject-ignored", test_other_traject_ignored);
  ADD ("/traject-model/lookup", test_lookup);
  ADD ("/traject-model/change-through-copy", test_change_through_copy);
  ADD ("/traject-model/changed-details", test_changed_details);
  ADD ("/traject-model/links-changed", test_links_changed);
  ADD ("/traject-model/traject-removed", test_traject_removed);
  ADD ("/traject-model/batch", test_batch);
  ADD ("/traject-model/batch-nested-rollback", test_batch_nested_rollback);
  ADD ("/traject-model/finalize", test_finalize);
#undef ADD

  return g_test_run ();
}
