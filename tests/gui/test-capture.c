/* test-capture.c: the Geeltjes page, driven through its real widgets
 *
 * A TafelGeeltjesPage in a window whose child is a toast overlay, on a
 * temporary store with the "segment veel voorkomend" traject and two
 * sessions. What the page stores is checked with fresh reads from the
 * database, never with the objects the page holds.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "tafel-choice-cell.h"
#include "tafel-choice-popover.h"
#include "tafel-edit-cell.h"
#include "tafel-eis-nummer.h"
#include "tafel-geeltjes-page.h"
#include "tafel-koppel-dialog.h"
#include "tafel-ref-dropdown.h"
#include "tafel-row-slots.h"
#include "tafel-test-util.h"
#include "tafel-traject-model.h"
#include "tafel-traject-setup.h"
#include "tafel-verwerking.h"

typedef struct {
  char              *dir;
  TafelStore        *store;
  TafelTraject      *traject;
  gint64             traject_id;
  TafelTrajectModel *model;
  GtkWindow         *window;
  TafelGeeltjesPage *page;
  TafelGeeltjeCapture *capture;
  TafelGeeltjesList *list;
} Fixture;

/* ---- helpers --------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @done says so, or fails after five seconds. */
static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static GPtrArray *
list_rows (Fixture *f,
           GType    type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = tafel_store_list (f->store, type, f->traject_id, &error);

  g_assert_no_error (error);
  return rows;
}

/* A fresh copy of geeltje @id from the database. */
static TafelGeeltje *
reload (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  TafelGeeltje *g = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, id, &error);

  g_assert_no_error (error);
  return g;
}

static gint64
nth_id (Fixture *f,
        GType    type,
        guint    n)
{
  g_autoptr(TafelEntity) entity = g_list_model_get_item (tafel_traject_model_get_list (f->model, type), n);

  g_assert_nonnull (entity);
  return tafel_entity_get_id (entity);
}

static TafelGeeltje *
add_geeltje (Fixture    *f,
             const char *text,
             gint64      organisatie_id,
             gint64      deelproduct_id,
             const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);

  g_object_set (g, "text", text, "organisatie-id", organisatie_id, "deelproduct-id", deelproduct_id, NULL);
  if (status != NULL)
    g_object_set (g, "status", status, "reason", g_str_equal (status, "niet_verwerkt") ? "Past niet" : "", NULL);
  tafel_store_insert (f->store, g, &error);
  g_assert_no_error (error);

  return tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g)));
}

static TafelOrganisatie *
add_organisation (Fixture    *f,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  TafelOrganisatie *org = tafel_traject_ensure_organisatie (f->store, f->traject_id, name, NULL, &error);

  g_assert_no_error (error);
  g_object_unref (org);
  return tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE, tafel_entity_get_id (TAFEL_ENTITY (org)));
}

static guint
position_of (GtkDropDown *dropdown,
             gint64       id)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (TAFEL_IS_ENTITY (item) && tafel_entity_get_id (TAFEL_ENTITY (item)) == id)
        return i;
    }

  g_assert_not_reached ();
}

static void
type_and_enter (GtkEditable *editable,
                const char  *text)
{
  gtk_editable_set_text (editable, text);
  g_signal_emit_by_name (editable, "activate");
}

static gboolean
has_focus_within (GtkWindow *window,
                  gpointer   widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

typedef struct {
  TafelGeeltjesList  *list;
  TafelGeeltjeColumn  column;
  TafelGeeltje       *geeltje;
} CellWait;

static gboolean
cell_is_shown (gpointer data)
{
  CellWait *w = data;

  return tafel_geeltje_columns_get_cell (tafel_geeltjes_list_get_columns (w->list), w->column, w->geeltje) != NULL;
}

static GtkWidget *
wait_for_cell (Fixture           *f,
               TafelGeeltjeColumn column,
               TafelGeeltje      *geeltje)
{
  CellWait w = { f->list, column, geeltje };

  wait_until (cell_is_shown, &w);
  return tafel_geeltje_columns_get_cell (tafel_geeltjes_list_get_columns (f->list), column, geeltje);
}

/* Lets the view lay out, then says whether @geeltje has a row. */
static GtkWidget *
wait_for_cell_or_null (Fixture           *f,
                       TafelGeeltjeColumn column,
                       TafelGeeltje      *geeltje)
{
  for (int i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return tafel_geeltje_columns_get_cell (tafel_geeltjes_list_get_columns (f->list), column, geeltje);
}

/* The view's own key handler (capture phase), as a key press reaches it. */
static gboolean
press_key (Fixture *f,
           guint    keyval)
{
  GtkWidget *view = GTK_WIDGET (tafel_geeltjes_list_get_column_view (f->list));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          return handled;
        }
    }

  g_assert_not_reached ();
}

static GtkLabel *
find_mnemonic_label (GtkWidget *widget,
                     guint      keyval)
{
  if (GTK_IS_LABEL (widget) && gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget))) == keyval)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_mnemonic_label (child, keyval);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* ---- fixture --------------------------------------------------------- */

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "capture.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(TafelSessie) sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);
      g_assert_no_error (error);
    }

  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref (f->window);
  gtk_window_set_default_size (f->window, 1400, 900);
  overlay = adw_toast_overlay_new ();
  gtk_window_set_child (f->window, overlay);

  f->page = TAFEL_GEELTJES_PAGE (tafel_geeltjes_page_new ());
  g_object_ref (f->page);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  f->capture = tafel_geeltjes_page_get_capture (f->page);
  f->list = tafel_geeltjes_page_get_list (f->page);

  tafel_geeltjes_page_set_model (f->page, f->model);
  gtk_window_present (f->window);
  wait_until (is_mapped, f->page);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  gtk_window_destroy (f->window);
  iterate ();
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->page);
  g_assert_finalize_object (f->model);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* ---- capture --------------------------------------------------------- */

static void
test_capture_stores_and_keeps_choices (Fixture      *f,
                                       gconstpointer data)
{
  GtkEditable *text = tafel_geeltje_capture_get_text_entry (f->capture);
  GtkEditable *org_entry = tafel_geeltje_capture_get_organisation_entry (f->capture);
  GtkDropDown *sessie_dd = tafel_geeltje_capture_get_sessie_dropdown (f->capture);
  GtkDropDown *deelproduct_dd = tafel_geeltje_capture_get_deelproduct_dropdown (f->capture);
  GtkDropDown *kind_dd = tafel_geeltje_capture_get_kind_dropdown (f->capture);
  gint64 sessie_id = nth_id (f, TAFEL_TYPE_SESSIE, 1);
  gint64 deelproduct_id = nth_id (f, TAFEL_TYPE_DEELPRODUCT, 2);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) orgs = NULL;
  g_autoptr(TafelOrganisatie) org = NULL;
  TafelGeeltje *g;
  guint sessie_pos, deelproduct_pos;

  /* The page puts the cursor in the text field. */
  g_assert_true (has_focus_within (f->window, text));

  sessie_pos = position_of (sessie_dd, sessie_id);
  deelproduct_pos = position_of (deelproduct_dd, deelproduct_id);
  gtk_drop_down_set_selected (sessie_dd, sessie_pos);
  gtk_drop_down_set_selected (deelproduct_dd, deelproduct_pos);
  gtk_drop_down_set_selected (kind_dd, 1);
  gtk_editable_set_text (org_entry, "Zorggroep De Horizon");

  g_assert_null (tafel_store_find_by_name (f->store, TAFEL_TYPE_ORGANISATIE, f->traject_id, "Zorggroep De Horizon"));

  type_and_enter (text, "Maak de duur afhankelijk van de intensiteit");

  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpuint (rows->len, ==, 1);
  g = g_ptr_array_index (rows, 0);
  org = tafel_store_find_by_name (f->store, TAFEL_TYPE_ORGANISATIE, f->traject_id, "Zorggroep De Horizon");
  g_assert_nonnull (org);
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Maak de duur afhankelijk van de intensiteit");
  g_assert_cmpint (tafel_geeltje_get_sessie_id (g), ==, sessie_id);
  g_assert_cmpint (tafel_geeltje_get_deelproduct_id (g), ==, deelproduct_id);
  g_assert_cmpstr (tafel_geeltje_get_kind (g), ==, "conceptueel");
  g_assert_cmpint (tafel_geeltje_get_organisatie_id (g), ==, tafel_entity_get_id (TAFEL_ENTITY (org)));
  /* The session's agenda has every block: the first one was chosen. */
  g_assert_cmpint (tafel_geeltje_get_vraagblok_id (g), ==, nth_id (f, TAFEL_TYPE_VRAAGBLOK, 0));

  /* Only the text field is emptied; the choices stay; focus stays. */
  g_assert_cmpstr (gtk_editable_get_text (text), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (sessie_dd), ==, sessie_pos);
  g_assert_cmpuint (gtk_drop_down_get_selected (deelproduct_dd), ==, deelproduct_pos);
  g_assert_cmpuint (gtk_drop_down_get_selected (kind_dd), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (org_entry), ==, "Zorggroep De Horizon");
  g_assert_true (has_focus_within (f->window, text));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tafel_geeltje_capture_get_message_label (f->capture))));

  /* A second note: same choices, the organisation is not added twice
   * (even typed in other case). */
  gtk_editable_set_text (org_entry, "zorggroep de horizon");
  type_and_enter (text, "Tweede geeltje");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpuint (rows->len, ==, 2);
  g = g_ptr_array_index (rows, 0);  /* newest first */
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Tweede geeltje");
  g_assert_cmpint (tafel_geeltje_get_sessie_id (g), ==, sessie_id);
  g_assert_cmpint (tafel_geeltje_get_deelproduct_id (g), ==, deelproduct_id);
  g_assert_cmpstr (tafel_geeltje_get_kind (g), ==, "conceptueel");
  g_assert_cmpint (tafel_geeltje_get_organisatie_id (g), ==, tafel_entity_get_id (TAFEL_ENTITY (org)));
  orgs = list_rows (f, TAFEL_TYPE_ORGANISATIE);
  g_assert_cmpuint (orgs->len, ==, 1);
  /* The entry shows the stored spelling. */
  g_assert_cmpstr (gtk_editable_get_text (org_entry), ==, "Zorggroep De Horizon");

  /* The list shows both, newest first, and counts them. */
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 2);
  g_assert_cmpstr (tafel_geeltjes_list_get_counts_text (f->list), ==, "2 sticky notes · 2 open");
}

static void
test_capture_empty_text (Fixture      *f,
                         gconstpointer data)
{
  GtkEditable *text = tafel_geeltje_capture_get_text_entry (f->capture);
  GtkLabel *message = tafel_geeltje_capture_get_message_label (f->capture);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) orgs = NULL;

  gtk_editable_set_text (tafel_geeltje_capture_get_organisation_entry (f->capture), "Nieuwe aanbieder");
  type_and_enter (text, "   ");

  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  orgs = list_rows (f, TAFEL_TYPE_ORGANISATIE);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpuint (orgs->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "empty"));
  g_assert_cmpstr (gtk_editable_get_text (text), ==, "   ");
  g_assert_true (has_focus_within (f->window, text));
  g_assert_cmpstr (tafel_geeltjes_list_get_state (f->list), ==, "empty");

  /* Typing removes the message. */
  gtk_editable_set_text (text, "Nu wel");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
}

static void
test_capture_too_long (Fixture      *f,
                       gconstpointer data)
{
  GtkEditable *text = tafel_geeltje_capture_get_text_entry (f->capture);
  GtkLabel *message = tafel_geeltje_capture_get_message_label (f->capture);
  GtkLabel *counter = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->capture), TAFEL_TYPE_GEELTJE_CAPTURE,
                                                                "counter_label"));
  g_autofree char *long_text = g_strnfill (TAFEL_GEELTJE_TEXT_MAX + 1, 'a');
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) orgs = NULL;

  gtk_editable_set_text (tafel_geeltje_capture_get_organisation_entry (f->capture), "Nieuwe aanbieder");
  gtk_editable_set_text (text, long_text);
  g_assert_cmpstr (gtk_label_get_label (counter), ==, "2001/2000");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (counter), "over"));
  g_signal_emit_by_name (text, "activate");

  /* Refused: neither the note nor the new organisation, and the text stays. */
  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  orgs = list_rows (f, TAFEL_TYPE_ORGANISATIE);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpuint (orgs->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "2000"));
  g_assert_cmpstr (gtk_editable_get_text (text), ==, long_text);

  /* Shortening it to the limit stores it. */
  long_text[TAFEL_GEELTJE_TEXT_MAX] = '\0';
  type_and_enter (text, long_text);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (gtk_label_get_label (counter), ==, "0/2000");
}

static void
test_capture_bad_organisation (Fixture      *f,
                               gconstpointer data)
{
  GtkEditable *text = tafel_geeltje_capture_get_text_entry (f->capture);
  g_autofree char *long_name = g_strnfill (TAFEL_NAME_MAX + 50, 'o');
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) orgs = NULL;

  gtk_editable_set_text (tafel_geeltje_capture_get_organisation_entry (f->capture), long_name);
  type_and_enter (text, "Goed idee");

  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  orgs = list_rows (f, TAFEL_TYPE_ORGANISATIE);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpuint (orgs->len, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (text), ==, "Goed idee");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tafel_geeltje_capture_get_message_label (f->capture))));
}

static void
test_capture_organisation_hint (Fixture      *f,
                                gconstpointer data)
{
  GtkEntry *entry = GTK_ENTRY (tafel_geeltje_capture_get_organisation_entry (f->capture));
  GtkTreeModel *names = gtk_entry_completion_get_model (gtk_entry_get_completion (entry));
  TafelOrganisatie *kompas = add_organisation (f, "Het Kompas");
  g_autoptr(GError) error = NULL;
  GtkTreeIter iter;
  g_autofree char *name = NULL;

  /* The completion offers the organisations, also after a rename. */
  g_assert_cmpint (gtk_tree_model_iter_n_children (names, NULL), ==, 1);
  tafel_store_set_string (f->store, kompas, "name", "Kompas Jeugdhulp", &error);
  g_assert_no_error (error);
  g_assert_true (gtk_tree_model_get_iter_first (names, &iter));
  gtk_tree_model_get (names, &iter, 0, &name, -1);
  g_assert_cmpstr (name, ==, "Kompas Jeugdhulp");

  /* A name that is not known yet is marked as new; a known one, in any
   * case, is not. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Nieuwe Stichting");
  g_assert_cmpstr (gtk_entry_get_icon_name (entry, GTK_ENTRY_ICON_SECONDARY), ==, "list-add-symbolic");
  gtk_editable_set_text (GTK_EDITABLE (entry), "kompas jeugdhulp ");
  g_assert_null (gtk_entry_get_icon_name (entry, GTK_ENTRY_ICON_SECONDARY));

  /* Enter in the organisation field moves on to the text field. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (has_focus_within (f->window, tafel_geeltje_capture_get_text_entry (f->capture)));
}

/* Dates @days from today, as stored. */
static char *
date_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
set_sessie_date (Fixture *f,
                 guint    n,
                 int      days)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = date_from_today (days);
  TafelSessie *sessie = tafel_traject_model_lookup (f->model, TAFEL_TYPE_SESSIE, nth_id (f, TAFEL_TYPE_SESSIE, n));

  tafel_store_set_string (f->store, sessie, "date", date, &error);
  g_assert_no_error (error);
}

/* The session a new capture bar chooses for the traject. */
static gint64
reopen_and_get_sessie (Fixture *f)
{
  GtkWidget *capture = g_object_ref_sink (tafel_geeltje_capture_new ());
  gint64 id;

  tafel_geeltje_capture_set_model (TAFEL_GEELTJE_CAPTURE (capture), f->model);
  id = tafel_geeltje_capture_get_sessie_id (TAFEL_GEELTJE_CAPTURE (capture));
  tafel_geeltje_capture_set_model (TAFEL_GEELTJE_CAPTURE (capture), NULL);
  g_assert_finalize_object (capture);
  return id;
}

/* Opening a traject chooses the session of today, or else the last one
 * held; none while every session is still to come. */
static void
test_capture_chooses_session (Fixture      *f,
                              gconstpointer data)
{
  g_autoptr(TafelSessie) third = NULL;
  g_autoptr(GError) error = NULL;
  gint64 third_id;

  third = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  third_id = tafel_entity_get_id (TAFEL_ENTITY (third));

  /* No dates at all: none. */
  g_assert_cmpint (reopen_and_get_sessie (f), ==, 0);

  /* All in the future: none. */
  for (guint i = 0; i < 3; i++)
    set_sessie_date (f, i, 7 + (int) i);
  g_assert_cmpint (reopen_and_get_sessie (f), ==, 0);

  /* Two held already: the later of them, whatever the list order. */
  set_sessie_date (f, 0, -30);
  set_sessie_date (f, 1, -3);
  g_assert_cmpint (reopen_and_get_sessie (f), ==, nth_id (f, TAFEL_TYPE_SESSIE, 1));

  /* Held today: that one. */
  {
    g_autofree char *today = date_from_today (0);
    TafelSessie *s = tafel_traject_model_lookup (f->model, TAFEL_TYPE_SESSIE, third_id);

    tafel_store_set_string (f->store, s, "date", today, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (reopen_and_get_sessie (f), ==, third_id);
}

static void
test_capture_follows_model (Fixture      *f,
                            gconstpointer data)
{
  GtkDropDown *sessie_dd = tafel_geeltje_capture_get_sessie_dropdown (f->capture);
  GtkDropDown *deelproduct_dd = tafel_geeltje_capture_get_deelproduct_dropdown (f->capture);
  gint64 deelproduct_id = nth_id (f, TAFEL_TYPE_DEELPRODUCT, 4);
  gint64 sessie_id = nth_id (f, TAFEL_TYPE_SESSIE, 1);
  TafelDeelproduct *deelproduct = tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, deelproduct_id);
  g_autoptr(TafelSessie) extra = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sessions;

  gtk_drop_down_set_selected (deelproduct_dd, position_of (deelproduct_dd, deelproduct_id));
  gtk_drop_down_set_selected (sessie_dd, position_of (sessie_dd, sessie_id));
  g_assert_cmpint (tafel_geeltje_capture_get_deelproduct_id (f->capture), ==, deelproduct_id);

  /* Renamed elsewhere: still chosen, shown with its new name. */
  tafel_store_set_string (f->store, deelproduct, "name", "Ambulante begeleiding thuis", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tafel_geeltje_capture_get_deelproduct_id (f->capture), ==, deelproduct_id);
  g_assert_cmpuint (gtk_drop_down_get_selected (deelproduct_dd), ==, position_of (deelproduct_dd, deelproduct_id));

  /* A session added before the chosen one (no date sorts last, so give
   * it none and check the choice by id). */
  n_sessions = g_list_model_get_n_items (gtk_drop_down_get_model (sessie_dd));
  extra = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (sessie_dd)), ==, n_sessions + 1);
  g_assert_cmpint (tafel_geeltje_capture_get_sessie_id (f->capture), ==, sessie_id);

  /* Deleted elsewhere: back to "No deelproduct". */
  tafel_store_delete (f->store, deelproduct, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tafel_geeltje_capture_get_deelproduct_id (f->capture), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (deelproduct_dd), ==, 0);

  /* The session stays chosen while others go. */
  tafel_store_delete (f->store, tafel_traject_model_lookup (f->model, TAFEL_TYPE_SESSIE, nth_id (f, TAFEL_TYPE_SESSIE, 0)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tafel_geeltje_capture_get_sessie_id (f->capture), ==, sessie_id);
  g_assert_cmpuint (gtk_drop_down_get_selected (sessie_dd), ==, position_of (sessie_dd, sessie_id));
}

static void
test_capture_prefers_agenda (Fixture      *f,
                             gconstpointer data)
{
  GtkDropDown *sessie_dd = tafel_geeltje_capture_get_sessie_dropdown (f->capture);
  GtkDropDown *block_dd = tafel_geeltje_capture_get_vraagblok_dropdown (f->capture);
  gint64 sessie_id = nth_id (f, TAFEL_TYPE_SESSIE, 1);
  gint64 agenda[] = { nth_id (f, TAFEL_TYPE_VRAAGBLOK, 4), nth_id (f, TAFEL_TYPE_VRAAGBLOK, 5) };
  g_autoptr(GError) error = NULL;

  tafel_store_set_agenda (f->store, tafel_traject_model_lookup (f->model, TAFEL_TYPE_SESSIE, sessie_id),
                          agenda, G_N_ELEMENTS (agenda), &error);
  g_assert_no_error (error);

  /* A block that is on the agenda stays. */
  gtk_drop_down_set_selected (block_dd, position_of (block_dd, agenda[1]));
  gtk_drop_down_set_selected (sessie_dd, position_of (sessie_dd, sessie_id));
  g_assert_cmpint (tafel_geeltje_capture_get_vraagblok_id (f->capture), ==, agenda[1]);

  /* One that is not gives way to the first on the agenda. */
  gtk_drop_down_set_selected (sessie_dd, 0);
  gtk_drop_down_set_selected (block_dd, position_of (block_dd, nth_id (f, TAFEL_TYPE_VRAAGBLOK, 0)));
  gtk_drop_down_set_selected (sessie_dd, position_of (sessie_dd, sessie_id));
  g_assert_cmpint (tafel_geeltje_capture_get_vraagblok_id (f->capture), ==, agenda[0]);

  /* The label reads "5. Tijd en intensiteit". */
  {
    g_autofree char *label = tafel_ref_dup_label (tafel_traject_model_lookup (f->model, TAFEL_TYPE_VRAAGBLOK, agenda[0]));
    g_assert_cmpstr (label, ==, "5. Tijd en intensiteit");
  }
}

/* ---- list ------------------------------------------------------------ */

static void
test_list_search (Fixture      *f,
                  gconstpointer data)
{
  TafelOrganisatie *horizon = add_organisation (f, "Zorggroep Horizon");
  TafelOrganisatie *kompas = add_organisation (f, "Het Kompas");
  gint64 ggz = nth_id (f, TAFEL_TYPE_DEELPRODUCT, 8);   /* Specialistische GGZ */
  gint64 horizon_id = tafel_entity_get_id (TAFEL_ENTITY (horizon));
  gint64 kompas_id = tafel_entity_get_id (TAFEL_ENTITY (kompas));
  g_autoptr(GError) error = NULL;
  TafelGeeltje *netwerk;

  netwerk = add_geeltje (f, "Het netwerk van het gezin meer betrekken", horizon_id, 0, NULL);
  add_geeltje (f, "Cliënt centraal in de resultaatbeschrijving", kompas_id, ggz, NULL);
  add_geeltje (f, "Duur korter maken", 0, ggz, NULL);
  add_geeltje (f, "NETWERKEN met scholen", kompas_id, 0, NULL);

  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 4);

  tafel_geeltjes_page_set_search_text (f->page, "netwerk");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 2);
  g_assert_cmpstr (tafel_geeltjes_list_get_counts_text (f->list), ==, "2 of 4 sticky notes shown · 4 open");

  /* Accents and case do not matter. */
  tafel_geeltjes_page_set_search_text (f->page, "CLIENT");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);
  tafel_geeltjes_page_set_search_text (f->page, "cliënt");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);

  /* Organisation and deelproduct names count, and every word must match. */
  tafel_geeltjes_page_set_search_text (f->page, "kompas");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 2);
  tafel_geeltjes_page_set_search_text (f->page, "specialistische");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 2);
  tafel_geeltjes_page_set_search_text (f->page, "kompas ggz");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);
  tafel_geeltjes_page_set_search_text (f->page, "kompas ggz scholen");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 0);
  g_assert_cmpstr (tafel_geeltjes_list_get_state (f->list), ==, "no-match");

  /* The rows shown follow the filter. */
  tafel_geeltjes_page_set_search_text (f->page, "kompas");
  {
    TafelGeeltje *first = tafel_geeltjes_list_get_item (f->list, 0);
    GtkWidget *cell = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_TEXT, first);

    g_assert_cmpstr (tafel_edit_cell_get_text (TAFEL_EDIT_CELL (cell)), ==, "NETWERKEN met scholen");
    g_assert_nonnull (netwerk);
    g_assert_null (wait_for_cell_or_null (f, TAFEL_GEELTJE_COLUMN_TEXT, netwerk));
  }

  /* A renamed organisation is found by its new name. */
  tafel_geeltjes_page_set_search_text (f->page, "de ruimte");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 0);
  tafel_store_set_string (f->store, kompas, "name", "De Ruimte", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 2);

  /* An edited text is checked again. */
  tafel_geeltjes_page_set_search_text (f->page, "korter");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);
  tafel_store_set_string (f->store, tafel_geeltjes_list_get_item (f->list, 0), "text", "Duur langer maken", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 0);

  /* Escape in the search entry empties it. */
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (f->list), TAFEL_TYPE_GEELTJES_LIST, "search_entry"),
                         "stop-search");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 4);
  g_assert_cmpstr (tafel_geeltjes_list_get_state (f->list), ==, "list");
  g_assert_cmpstr (tafel_geeltjes_list_get_counts_text (f->list), ==, "4 sticky notes · 4 open");
}

static void
test_list_filters (Fixture      *f,
                   gconstpointer data)
{
  gint64 horizon = tafel_entity_get_id (TAFEL_ENTITY (add_organisation (f, "Zorggroep Horizon")));
  gint64 kompas = tafel_entity_get_id (TAFEL_ENTITY (add_organisation (f, "Het Kompas")));
  GtkDropDown *org_dd = tafel_geeltjes_list_get_filter_dropdown (f->list, "organisation");
  GtkDropDown *status_dd = tafel_geeltjes_list_get_filter_dropdown (f->list, "status");
  GtkDropDown *kind_dd = tafel_geeltjes_list_get_filter_dropdown (f->list, "kind");
  TafelGeeltje *open_one;
  g_autoptr(GError) error = NULL;

  open_one = add_geeltje (f, "Een", horizon, 0, NULL);
  add_geeltje (f, "Twee", horizon, 0, "verwerkt");
  add_geeltje (f, "Drie", kompas, 0, "niet_verwerkt");
  add_geeltje (f, "Vier", 0, 0, NULL);

  gtk_drop_down_set_selected (org_dd, position_of (org_dd, horizon));
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 2);

  /* Status "Open" is the second entry, after "All statuses". */
  gtk_drop_down_set_selected (status_dd, 1);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);
  g_assert_cmpstr (tafel_geeltjes_list_get_counts_text (f->list), ==,
                   "1 of 4 sticky notes shown · 2 open · 1 processed · 1 not processed");

  /* Processing it elsewhere takes it out of the list. */
  tafel_store_set_string (f->store, open_one, "status", "verwerkt", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 0);
  g_assert_cmpstr (tafel_geeltjes_list_get_state (f->list), ==, "no-match");

  /* "No organisation" (second entry) with any status. */
  gtk_drop_down_set_selected (status_dd, 0);
  gtk_drop_down_set_selected (org_dd, 1);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);

  /* Kind: every note is textual by default; "Conceptual" shows none. */
  gtk_drop_down_set_selected (org_dd, 0);
  gtk_drop_down_set_selected (kind_dd, 2);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 0);
  gtk_drop_down_set_selected (kind_dd, 1);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 4);

  /* The filtered organisation is deleted: the filter falls back to all. */
  gtk_drop_down_set_selected (kind_dd, 0);
  gtk_drop_down_set_selected (org_dd, position_of (org_dd, kompas));
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);
  tafel_store_delete (f->store, tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE, kompas), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gtk_drop_down_get_selected (org_dd), ==, 0);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 4);

  /* Clear filters brings every note back. */
  gtk_drop_down_set_selected (status_dd, 2);
  tafel_geeltjes_page_set_search_text (f->page, "twee");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.clear-filters", NULL);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (status_dd), ==, 0);
}

/* Types @text into an edit cell that is editing and presses Enter. */
static void
type_into_cell (GtkWidget  *cell,
                const char *text)
{
  GtkEditable *entry = tafel_edit_cell_get_entry (TAFEL_EDIT_CELL (cell));

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (tafel_edit_cell_get_editing (TAFEL_EDIT_CELL (cell)));
}

static void
test_list_edit_text (Fixture      *f,
                     gconstpointer data)
{
  TafelGeeltje *g = add_geeltje (f, "Oude tekst", 0, 0, NULL);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (g));
  GtkWidget *cell = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_TEXT, g);
  TafelEditCell *edit = TAFEL_EDIT_CELL (cell);
  g_autoptr(TafelGeeltje) stored = NULL;
  g_autoptr(TafelGeeltje) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (tafel_edit_cell_get_text (edit), ==, "Oude tekst");
  g_assert_null (tafel_edit_cell_get_entry (edit));

  /* F2's action edits the selected row; Enter stores. */
  gtk_selection_model_select_item (gtk_column_view_get_model (tafel_geeltjes_list_get_column_view (f->list)), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.edit-text", NULL);
  g_assert_true (tafel_edit_cell_get_editing (edit));
  g_assert_true (has_focus_within (f->window, cell));
  type_into_cell (cell, "Nieuwe tekst");
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_text (stored), ==, "Nieuwe tekst");
  g_assert_cmpstr (tafel_edit_cell_get_text (edit), ==, "Nieuwe tekst");
  g_assert_true (has_focus_within (f->window, cell));

  /* Escape keeps the stored text. */
  gtk_widget_activate_action (cell, "cell.edit", NULL);
  gtk_editable_set_text (tafel_edit_cell_get_entry (edit), "Weggegooid");
  gtk_widget_activate_action (cell, "cell.cancel", NULL);
  g_assert_false (tafel_edit_cell_get_editing (edit));
  g_assert_cmpstr (tafel_edit_cell_get_text (edit), ==, "Nieuwe tekst");
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_text (stored), ==, "Nieuwe tekst");

  /* An empty text is refused: the stored text is shown again. */
  tafel_edit_cell_start_editing (edit);
  type_into_cell (cell, "");
  again = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_text (again), ==, "Nieuwe tekst");
  g_assert_cmpstr (tafel_edit_cell_get_text (edit), ==, "Nieuwe tekst");

  /* Focus leaving stores what was typed. */
  tafel_edit_cell_start_editing (edit);
  gtk_editable_set_text (tafel_edit_cell_get_entry (edit), "Bij weggaan bewaard");
  tafel_geeltje_capture_focus_text (f->capture);
  iterate ();
  g_assert_false (tafel_edit_cell_get_editing (edit));
  g_clear_object (&again);
  again = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_text (again), ==, "Bij weggaan bewaard");

  /* A change made elsewhere shows at once. */
  tafel_store_set_string (f->store, g, "text", "Van elders", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_edit_cell_get_text (edit), ==, "Van elders");
}

static void
test_list_edit_status (Fixture      *f,
                       gconstpointer data)
{
  TafelGeeltje *g = add_geeltje (f, "Een idee", 0, 0, NULL);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (g));
  GtkWidget *cell = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_STATUS, g);
  GtkPopover *popover;
  g_autoptr(TafelGeeltje) stored = NULL;

  g_assert_true (TAFEL_IS_CHOICE_CELL (cell));
  g_assert_cmpstr (tafel_choice_cell_get_text (TAFEL_CHOICE_CELL (cell)), ==, "Open");

  /* "Not processed" asks why; an empty reason is not accepted. */
  gtk_widget_activate_action (cell, "cell.popup", NULL);
  popover = tafel_choice_cell_get_popover (TAFEL_CHOICE_CELL (cell));
  g_assert_true (TAFEL_IS_CHOICE_POPOVER (popover));
  tafel_choice_popover_choose (TAFEL_CHOICE_POPOVER (popover), 3);
  tafel_choice_popover_confirm_reason (TAFEL_CHOICE_POPOVER (popover), "  ");
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "open");

  tafel_choice_popover_confirm_reason (TAFEL_CHOICE_POPOVER (popover), "Hoort bij een ander perceel");
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "niet_verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (stored), ==, "Hoort bij een ander perceel");
  g_assert_cmpstr (tafel_choice_cell_get_text (TAFEL_CHOICE_CELL (cell)), ==, "Not processed");
  iterate ();
  g_assert_null (tafel_choice_cell_get_popover (TAFEL_CHOICE_CELL (cell)));

  /* The reason cell shows it; the kind and deelproduct popovers edit too. */
  g_assert_cmpstr (tafel_edit_cell_get_text (TAFEL_EDIT_CELL (wait_for_cell (f, TAFEL_GEELTJE_COLUMN_REASON, g))), ==,
                   "Hoort bij een ander perceel");

  cell = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_DEELPRODUCT, g);
  popover = tafel_choice_cell_popup (TAFEL_CHOICE_CELL (cell));
  tafel_choice_popover_choose (TAFEL_CHOICE_POPOVER (popover), 2);   /* after "No deelproduct" */
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpint (tafel_geeltje_get_deelproduct_id (stored), ==, nth_id (f, TAFEL_TYPE_DEELPRODUCT, 1));

  cell = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_KIND, g);
  popover = tafel_choice_cell_popup (TAFEL_CHOICE_CELL (cell));
  tafel_choice_popover_choose (TAFEL_CHOICE_POPOVER (popover), 2);
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_kind (stored), ==, "algemeen");

  /* Clearing the reason of a "not processed" note is refused. */
  cell = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_REASON, g);
  tafel_edit_cell_start_editing (TAFEL_EDIT_CELL (cell));
  type_into_cell (cell, "");
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_reason (stored), ==, "Hoort bij een ander perceel");
  g_assert_cmpstr (tafel_edit_cell_get_text (TAFEL_EDIT_CELL (cell)), ==, "Hoort bij een ander perceel");
  iterate ();
}

static void choose_eis (const char *search);

static void
test_list_keyboard_cells (Fixture      *f,
                          gconstpointer data)
{
  TafelGeeltje *g = add_geeltje (f, "Met het toetsenbord", 0, 0, NULL);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (g));
  GtkWidget *status = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_STATUS, g);
  GtkWidget *text = wait_for_cell (f, TAFEL_GEELTJE_COLUMN_TEXT, g);
  GtkPopover *popover;
  g_autoptr(TafelGeeltje) stored = NULL;

  /* Enter on a choice cell opens its chooser. */
  g_assert_true (gtk_widget_grab_focus (status));
  g_assert_true (press_key (f, GDK_KEY_Return));
  popover = tafel_choice_cell_get_popover (TAFEL_CHOICE_CELL (status));
  g_assert_true (TAFEL_IS_CHOICE_POPOVER (popover));
  tafel_choice_popover_choose (TAFEL_CHOICE_POPOVER (popover), 1);
  /* verwerkt goes into a requirement: the chooser asks which */
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "open");
  iterate ();
  choose_eis ("2.1.1");
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "verwerkt");

  /* F2 on a text cell edits it; Escape leaves it as stored. */
  g_assert_true (gtk_widget_grab_focus (text));
  g_assert_true (press_key (f, GDK_KEY_F2));
  g_assert_true (tafel_edit_cell_get_editing (TAFEL_EDIT_CELL (text)));
  gtk_editable_set_text (tafel_edit_cell_get_entry (TAFEL_EDIT_CELL (text)), "Niet bewaren");
  gtk_widget_activate_action (GTK_WIDGET (tafel_edit_cell_get_entry (TAFEL_EDIT_CELL (text))), "cell.cancel", NULL);
  g_assert_false (tafel_edit_cell_get_editing (TAFEL_EDIT_CELL (text)));
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_text (stored), ==, "Met het toetsenbord");

  /* Keys elsewhere are left alone. */
  tafel_geeltje_capture_focus_text (f->capture);
  g_assert_false (press_key (f, GDK_KEY_Return));
  iterate ();
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* Sets the selected notes to "Not processed" and answers the question. */
static void
answer_reason (Fixture    *f,
               const char *reason)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.set-status", "s", "niet_verwerkt");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), reason);
  /* What clicking "Set Reason" does: respond, then close. */
  adw_message_dialog_response (dialog, "set");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_null (find_dialog ());
}

/* A requirement: chapter "algemeen", "kwaliteit" or "deelproduct" (of
 * @deelproduct_id, about @aspect). */
static TafelEis *
add_eis (Fixture    *f,
         const char *hoofdstuk,
         gint64      deelproduct_id,
         const char *aspect,
         const char *tekst)
{
  g_autoptr(GError) error = NULL;
  TafelEis *eis = tafel_eis_new (f->traject_id);

  g_object_set (eis, "hoofdstuk", hoofdstuk, "deelproduct-id", deelproduct_id, "tekst", tekst, NULL);
  if (aspect != NULL)
    g_object_set (eis, "aspect", aspect, NULL);
  tafel_store_insert (f->store, eis, &error);
  g_assert_no_error (error);
  return eis;
}

static TafelKoppelDialog *
find_koppel_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TAFEL_IS_KOPPEL_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TAFEL_KOPPEL_DIALOG (window);
    }

  return NULL;
}

/* Types @search in the open requirement chooser and presses Enter. */
static void
choose_eis (const char *search)
{
  TafelKoppelDialog *dialog = find_koppel_dialog ();

  g_assert_nonnull (dialog);
  type_and_enter (tafel_koppel_dialog_get_search_entry (dialog), search);
  iterate ();
  g_assert_null (find_koppel_dialog ());
}

static GArray *
eis_ids_of (Fixture *f,
            gint64   geeltje_id)
{
  g_autoptr(TafelGeeltje) stored = reload (f, geeltje_id);
  g_autoptr(GError) error = NULL;
  GArray *ids = tafel_geeltje_dup_eis_ids (f->store, stored, &error);

  g_assert_no_error (error);
  return ids;
}

static guint
count_buttons_with_label (GtkWidget  *widget,
                          const char *label)
{
  guint n = GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_buttons_with_label (child, label);

  return n;
}

static gboolean
has_one_undo (gpointer window)
{
  return count_buttons_with_label (window, "_Undo") == 1;
}

/* The Undo of the newest toast, once the one it pushed away has gone. */
static void
click_undo (Fixture *f)
{
  wait_until (has_one_undo, f->window);
  g_signal_emit_by_name (find_button_with_label (GTK_WIDGET (f->window), "_Undo"), "clicked");
}

static gboolean
has_shortcut (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  modifiers,
              const char      *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              GTK_IS_NAMED_ACTION (named) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_list_bulk_status (Fixture      *f,
                       gconstpointer data)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (tafel_geeltjes_list_get_column_view (f->list));
  g_autoptr(GPtrArray) rows = NULL;

  g_autoptr(TafelEis) eis = add_eis (f, "algemeen", 0, NULL, "Een eis");

  add_geeltje (f, "Een", 0, 0, NULL);
  add_geeltje (f, "Twee", 0, 0, NULL);
  add_geeltje (f, "Drie", 0, 0, NULL);

  /* Ctrl+2 on the two newest: processed, in one go, in the requirement
   * asked for. */
  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.set-status", "s", "verwerkt");
  choose_eis ("1.1.1");
  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpstr (tafel_geeltje_get_status (g_ptr_array_index (rows, 0)), ==, "verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_status (g_ptr_array_index (rows, 1)), ==, "verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_status (g_ptr_array_index (rows, 2)), ==, "open");
  g_assert_cmpstr (tafel_geeltjes_list_get_counts_text (f->list), ==, "3 sticky notes · 1 open · 2 processed");

  /* Ctrl+4, "Not processed", asks why first; an empty answer stores nothing. */
  gtk_selection_model_select_item (selection, 2, TRUE);
  answer_reason (f, "   ");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpstr (tafel_geeltje_get_status (g_ptr_array_index (rows, 2)), ==, "open");

  answer_reason (f, "Staat al in het PvE");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpstr (tafel_geeltje_get_status (g_ptr_array_index (rows, 2)), ==, "niet_verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (g_ptr_array_index (rows, 2)), ==, "Staat al in het PvE");
}

static void
test_list_koppel (Fixture      *f,
                  gconstpointer data)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (tafel_geeltjes_list_get_column_view (f->list));
  TafelKoppelColumn *column = tafel_geeltjes_list_get_koppel_column (f->list);
  g_autoptr(TafelEis) algemeen = add_eis (f, "algemeen", 0, NULL, "Algemene eis");
  g_autoptr(TafelEis) tweede = add_eis (f, "kwaliteit", 0, NULL, "Tweede kwaliteitseis van de regio");
  g_autoptr(GPtrArray) eisen = list_rows (f, TAFEL_TYPE_EIS);
  /* The traject starts with the standard quality requirements, 2.1.1 on;
   * the one added above comes after them. */
  TafelEis *kwaliteit = g_ptr_array_index (eisen, 0);
  g_autoptr(GHashTable) nummers = tafel_eis_nummers (f->store, f->traject_id, NULL);
  gint64 tweede_id = tafel_entity_get_id (TAFEL_ENTITY (tweede));
  g_autofree char *both = g_strdup_printf ("2.1.1, %s", (char *) g_hash_table_lookup (nummers, &tweede_id));
  g_autofree char *expected_row = g_strdup_printf ("2.1.1  %s", tafel_eis_get_tekst (kwaliteit));
  TafelGeeltje *een = add_geeltje (f, "Een", 0, 0, NULL);
  TafelGeeltje *twee = add_geeltje (f, "Twee", 0, 0, "niet_verwerkt");
  TafelGeeltje *drie = add_geeltje (f, "Drie", 0, 0, NULL);
  gint64 id_een = tafel_entity_get_id (TAFEL_ENTITY (een));
  gint64 id_twee = tafel_entity_get_id (TAFEL_ENTITY (twee));
  gint64 kwaliteit_id = tafel_entity_get_id (TAFEL_ENTITY (kwaliteit));
  TafelKoppelDialog *dialog;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(TafelGeeltje) stored = NULL;
  g_autofree char *row = NULL;
  GtkLabel *label;

  g_assert_true (has_shortcut (GTK_WIDGET (tafel_geeltjes_list_get_column_view (f->list)),
                               GDK_KEY_k, GDK_CONTROL_MASK, "geeltjes.koppel"));

  /* Nothing selected: no chooser. */
  gtk_selection_model_unselect_all (selection);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.koppel", NULL);
  g_assert_null (find_koppel_dialog ());

  /* Newest first: "Drie" and "Twee". */
  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.koppel", NULL);
  dialog = find_koppel_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (tafel_eis_get_hoofdstuk (kwaliteit), ==, "kwaliteit");
  g_assert_cmpuint (tafel_koppel_dialog_get_n_shown (dialog), ==, eisen->len);

  /* Typing filters by number and by words. */
  gtk_editable_set_text (tafel_koppel_dialog_get_search_entry (dialog), "2.1");
  g_assert_cmpuint (tafel_koppel_dialog_get_n_shown (dialog), ==, eisen->len - 1);
  gtk_editable_set_text (tafel_koppel_dialog_get_search_entry (dialog), "REGIO  tweede");
  g_assert_cmpuint (tafel_koppel_dialog_get_n_shown (dialog), ==, 1);
  gtk_editable_set_text (tafel_koppel_dialog_get_search_entry (dialog), "9.9");
  g_assert_cmpuint (tafel_koppel_dialog_get_n_shown (dialog), ==, 0);
  /* Enter on no match chooses nothing. */
  g_signal_emit_by_name (tafel_koppel_dialog_get_search_entry (dialog), "activate");
  g_assert_true (find_koppel_dialog () == dialog);
  gtk_editable_set_text (tafel_koppel_dialog_get_search_entry (dialog), "2.1.1");
  row = tafel_koppel_dialog_dup_row_text (dialog, 0);
  g_assert_cmpstr (row, ==, expected_row);

  choose_eis ("2.1.1");

  /* Both linked and processed, the reason gone; the third untouched. */
  ids = eis_ids_of (f, id_twee);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, kwaliteit_id);
  g_clear_pointer (&ids, g_array_unref);
  ids = eis_ids_of (f, tafel_entity_get_id (TAFEL_ENTITY (drie)));
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);
  ids = eis_ids_of (f, id_een);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  stored = reload (f, id_twee);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (stored), ==, "");
  g_clear_object (&stored);
  stored = reload (f, id_een);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "open");
  g_clear_object (&stored);

  /* "Processed in" shows the number, in the row too. */
  g_assert_cmpstr (tafel_koppel_column_get_text (column, twee), ==, "2.1.1");
  g_assert_cmpstr (tafel_koppel_column_get_text (column, een), ==, "");
  iterate ();
  label = tafel_koppel_column_get_cell (column, twee);
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "2.1.1");
  /* The tooltip names it, with the start of a long text. */
  g_assert_cmpint (strncmp (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), expected_row, 30), ==, 0);

  /* A second requirement adds to the first. */
  gtk_selection_model_select_item (selection, 1, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.koppel", NULL);
  choose_eis ("Tweede");
  g_assert_cmpstr (tafel_koppel_column_get_text (column, twee), ==, both);

  /* Undo takes only the last link away. */
  click_undo (f);
  g_assert_cmpstr (tafel_koppel_column_get_text (column, twee), ==, "2.1.1");
  stored = reload (f, id_twee);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "verwerkt");
  g_clear_object (&stored);

  /* Undoing the first: not processed with its reason again, no links. */
  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  tafel_geeltje_verwerk (f->store, twee, "niet_verwerkt", NULL, 0, "Past niet", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.koppel", NULL);
  choose_eis ("1.1.1");
  g_assert_cmpstr (tafel_koppel_column_get_text (column, twee), ==, "1.1.1");
  click_undo (f);
  stored = reload (f, id_twee);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "niet_verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (stored), ==, "Past niet");
  g_clear_object (&stored);
  stored = reload (f, tafel_entity_get_id (TAFEL_ENTITY (drie)));
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "verwerkt");
  ids = eis_ids_of (f, id_twee);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_cmpstr (tafel_koppel_column_get_text (column, twee), ==, "");
  g_assert_cmpstr (tafel_koppel_column_get_text (column, drie), ==, "2.1.1");
  (void) algemeen;
  (void) tweede;
}

static void
test_list_koppel_status (Fixture      *f,
                         gconstpointer data)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (tafel_geeltjes_list_get_column_view (f->list));
  gint64 dp = nth_id (f, TAFEL_TYPE_DEELPRODUCT, 1);
  g_autoptr(TafelEis) algemeen = add_eis (f, "algemeen", 0, NULL, "Algemene eis");
  g_autoptr(TafelEis) eigen = add_eis (f, "deelproduct", dp, "doelgroepen", "Voor jongeren tot 23 jaar");
  TafelGeeltje *g = add_geeltje (f, "Ook jongvolwassenen", 0, dp, NULL);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (g));
  TafelKoppelDialog *dialog;
  g_autoptr(TafelGeeltje) stored = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *first = NULL;

  gtk_selection_model_select_item (selection, 0, TRUE);

  /* Ctrl+2 on a note in no requirement asks which; cancelling changes
   * nothing. Its deelproduct's requirements come first. */
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.set-status", "s", "verwerkt");
  dialog = find_koppel_dialog ();
  g_assert_nonnull (dialog);
  first = tafel_koppel_dialog_dup_row_text (dialog, 0);
  g_assert_cmpstr (first, ==, "4.1.1  Voor jongeren tot 23 jaar");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_null (find_koppel_dialog ());
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "open");
  g_clear_object (&stored);

  /* Ctrl+3: partly processed, in the requirement chosen (Enter takes the
   * first one shown). */
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.set-status", "s", "deels_verwerkt");
  choose_eis ("");
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "deels_verwerkt");
  g_clear_object (&stored);
  ids = eis_ids_of (f, id);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, tafel_entity_get_id (TAFEL_ENTITY (eigen)));

  /* Now that it has one, Ctrl+2 sets the status at once. */
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.set-status", "s", "verwerkt");
  g_assert_null (find_koppel_dialog ());
  stored = reload (f, id);
  g_assert_cmpstr (tafel_geeltje_get_status (stored), ==, "verwerkt");
  g_assert_cmpstr (tafel_koppel_column_get_text (tafel_geeltjes_list_get_koppel_column (f->list), g), ==, "4.1.1");
  (void) algemeen;
}

static void
test_list_koppel_no_eisen (Fixture      *f,
                           gconstpointer data)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (tafel_geeltjes_list_get_column_view (f->list));
  g_autoptr(GPtrArray) eisen = list_rows (f, TAFEL_TYPE_EIS);
  g_autoptr(GError) error = NULL;
  TafelKoppelDialog *dialog;

  /* A traject without requirements: the chooser says so, Enter does nothing. */
  for (guint i = 0; i < eisen->len; i++)
    {
      tafel_store_delete (f->store, g_ptr_array_index (eisen, i), &error);
      g_assert_no_error (error);
    }
  add_geeltje (f, "Een", 0, 0, NULL);
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.koppel", NULL);
  dialog = find_koppel_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (tafel_koppel_dialog_get_n_shown (dialog), ==, 0);
  g_assert_false (tafel_koppel_dialog_choose (dialog, 0));
  g_signal_emit_by_name (tafel_koppel_dialog_get_search_entry (dialog), "activate");
  g_assert_true (find_koppel_dialog () == dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_null (find_koppel_dialog ());
}

static void
test_list_delete_undo (Fixture      *f,
                       gconstpointer data)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (tafel_geeltjes_list_get_column_view (f->list));
  GtkWidget *undo;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) restored = NULL;

  add_geeltje (f, "Een", 0, 0, NULL);
  add_geeltje (f, "Twee", 0, 0, NULL);
  add_geeltje (f, "Drie", 0, 0, NULL);
  before = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpuint (before->len, ==, 3);

  /* Nothing selected: nothing happens. */
  gtk_selection_model_unselect_all (selection);
  g_assert_false (tafel_geeltjes_list_delete_selected (f->list));

  gtk_selection_model_select_range (selection, 0, 2, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->list), "geeltjes.delete-selected", NULL);
  after = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (tafel_geeltje_get_text (g_ptr_array_index (after, 0)), ==, "Een");
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);

  /* The toast's Undo brings both back. */
  iterate ();
  undo = find_button_with_label (GTK_WIDGET (f->window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  restored = list_rows (f, TAFEL_TYPE_GEELTJE);
  g_assert_cmpuint (restored->len, ==, 3);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 3);
  g_assert_cmpstr (tafel_geeltje_get_text (tafel_geeltjes_list_get_item (f->list, 0)), ==, "Drie");
}

static void
test_list_follows_renames (Fixture      *f,
                           gconstpointer data)
{
  TafelOrganisatie *org = add_organisation (f, "Zorggroep Horizon");
  TafelGeeltje *g = add_geeltje (f, "Iets", tafel_entity_get_id (TAFEL_ENTITY (org)), 0, NULL);
  TafelChoiceCell *cell = TAFEL_CHOICE_CELL (wait_for_cell (f, TAFEL_GEELTJE_COLUMN_ORGANISATIE, g));
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (tafel_choice_cell_get_text (cell), ==, "Zorggroep Horizon");
  tafel_store_set_string (f->store, org, "name", "Horizon Jeugdzorg", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_choice_cell_get_text (cell), ==, "Horizon Jeugdzorg");

  /* A note without one shows a dash. */
  tafel_store_set_int (f->store, g, "organisatie_id", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_choice_cell_get_text (cell), ==, "—");
}

/* ---- page ------------------------------------------------------------ */

static void
test_page_keyboard (Fixture      *f,
                    gconstpointer data)
{
  GtkWidget *search = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->list), TAFEL_TYPE_GEELTJES_LIST, "search_entry"));
  GtkEditable *text = tafel_geeltje_capture_get_text_entry (f->capture);

  g_assert_true (has_focus_within (f->window, text));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "geeltjes.search", NULL);
  g_assert_true (has_focus_within (f->window, search));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "geeltjes.focus-text", NULL);
  g_assert_true (has_focus_within (f->window, text));

  /* Alt plus the underlined letter reaches every field of the capture bar. */
  {
    const guint keyvals[] = { GDK_KEY_s, GDK_KEY_d, GDK_KEY_b, GDK_KEY_k, GDK_KEY_o, GDK_KEY_t };

    for (guint i = 0; i < G_N_ELEMENTS (keyvals); i++)
      {
        GtkLabel *label = find_mnemonic_label (GTK_WIDGET (f->capture), keyvals[i]);
        GtkWidget *target;

        g_assert_nonnull (label);
        target = gtk_label_get_mnemonic_widget (label);
        g_assert_nonnull (target);
        g_assert_true (gtk_widget_mnemonic_activate (target, FALSE));
        g_assert_true (has_focus_within (f->window, target));
      }
  }

  /* Coming to the page from elsewhere lands in the text field. */
  gtk_widget_grab_focus (search);
  gtk_window_set_focus (f->window, NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->page), GTK_DIR_TAB_FORWARD));
  g_assert_true (has_focus_within (f->window, text));
}

static void
test_page_without_model (Fixture      *f,
                         gconstpointer data)
{
  add_geeltje (f, "Een", 0, 0, NULL);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);

  tafel_geeltjes_page_set_model (f->page, NULL);
  g_assert_null (tafel_geeltjes_page_get_model (f->page));
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 0);
  g_assert_null (tafel_geeltje_capture_store (f->capture));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->page), GTK_DIR_TAB_FORWARD) &&
                  has_focus_within (f->window, tafel_geeltje_capture_get_text_entry (f->capture)));

  /* And back: the same notes, the search empty. */
  tafel_geeltjes_page_set_search_text (f->page, "niets");
  tafel_geeltjes_page_set_model (f->page, f->model);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, 1);
}

/* Prints, never asserts, how long the page takes with many notes. */
static void
test_page_speed (Fixture      *f,
                 gconstpointer data)
{
  guint n = g_test_perf () ? 30000 : 3000;
  const char *words[] = { "netwerk", "doelgroep", "intensiteit", "resultaat", "functiemix", "duur" };
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTrajectModel) big = NULL;
  gint64 t0, t1, t2;
  guint visible;

  tafel_store_begin_batch (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);
      g_autofree char *text = g_strdup_printf ("Geeltje %u over %s en de %s van het gezin", i,
                                               words[i % G_N_ELEMENTS (words)], words[(i / 7) % G_N_ELEMENTS (words)]);

      g_object_set (g, "text", text, NULL);
      tafel_store_insert (f->store, g, &error);
      g_assert_no_error (error);
    }
  tafel_store_commit_batch (f->store, &error);
  g_assert_no_error (error);
  iterate ();

  big = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  tafel_geeltjes_page_set_model (f->page, NULL);
  iterate ();
  t0 = g_get_monotonic_time ();
  tafel_geeltjes_page_set_model (f->page, big);
  t1 = g_get_monotonic_time ();
  gtk_widget_queue_resize (GTK_WIDGET (f->page));
  iterate ();
  t2 = g_get_monotonic_time ();
  g_test_message ("%u notes: set_model %.1f ms, until idle %.1f ms", n, (t1 - t0) / 1000.0, (t2 - t0) / 1000.0);

  for (guint i = 0; i < 3; i++)
    {
      const char *search[] = { "d", "do", "doelgroep" };

      t0 = g_get_monotonic_time ();
      tafel_geeltjes_page_set_search_text (f->page, search[i]);
      visible = tafel_geeltjes_page_get_n_visible (f->page);
      t1 = g_get_monotonic_time ();
      g_test_message ("search “%s”: %u shown in %.1f ms", search[i], visible, (t1 - t0) / 1000.0);
    }
  g_assert_cmpuint (visible, >, 0);
  g_assert_cmpuint (visible, <, n);

  t0 = g_get_monotonic_time ();
  tafel_geeltjes_page_set_search_text (f->page, "");
  t1 = g_get_monotonic_time ();
  g_test_message ("clear search: %.1f ms", (t1 - t0) / 1000.0);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, n);

  /* Capturing one more note on top of all the others. */
  gtk_editable_set_text (tafel_geeltje_capture_get_text_entry (f->capture), "Nog eentje");
  t0 = g_get_monotonic_time ();
  g_assert_nonnull (tafel_geeltje_capture_store (f->capture));
  t1 = g_get_monotonic_time ();
  iterate ();
  t2 = g_get_monotonic_time ();
  g_test_message ("store a note: %.1f ms, until idle %.1f ms", (t1 - t0) / 1000.0, (t2 - t0) / 1000.0);
  g_assert_cmpuint (tafel_geeltjes_page_get_n_visible (f->page), ==, n + 1);

  tafel_geeltjes_page_set_model (f->page, f->model);
}

/* ---- row slots -------------------------------------------------------- */

typedef struct {
  guint position, removed, added, count;
} Change;

static void
on_slots_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

static void
assert_slots_match (GListModel *slots,
                    GListModel *items)
{
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, g_list_model_get_n_items (items));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TafelRowSlot) slot = g_list_model_get_item (slots, i);
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      g_assert_true (tafel_row_slot_get_item (slot) == item);
    }
  g_assert_null (g_list_model_get_item (slots, g_list_model_get_n_items (items)));
}

static void
fill_store (GListStore *store,
            guint       position,
            guint       removed,
            guint       added)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    {
      g_autofree char *text = g_strdup_printf ("item %u", g_random_int ());
      g_ptr_array_add (items, gtk_string_object_new (text));
    }
  g_list_store_splice (store, position, removed, items->pdata, items->len);
}

static void
test_row_slots (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(TafelRowSlots) slots = NULL;
  g_autoptr(TafelRowSlot) first = NULL;
  g_autoptr(TafelRowSlot) tenth = NULL;
  g_autoptr(TafelRowSlot) again = NULL;
  Change change = { 0, };

  fill_store (store, 0, 0, 200);
  slots = tafel_row_slots_new (G_LIST_MODEL (store));
  g_signal_connect (slots, "items-changed", G_CALLBACK (on_slots_changed_cb), &change);
  assert_slots_match (G_LIST_MODEL (slots), G_LIST_MODEL (store));
  first = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  tenth = g_list_model_get_item (G_LIST_MODEL (slots), 10);

  /* A small change is passed on as it is: the slots move with their items. */
  fill_store (store, 5, 1, 2);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 5);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 2);
  assert_slots_match (G_LIST_MODEL (slots), G_LIST_MODEL (store));
  again = g_list_model_get_item (G_LIST_MODEL (slots), 11);
  g_assert_true (again == tenth);
  g_clear_object (&again);

  /* A big one changes every position from the first one changed, and the
   * slots stay where they are, holding other items. */
  fill_store (store, 0, 201, 150);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 201);
  g_assert_cmpuint (change.added, ==, 150);
  assert_slots_match (G_LIST_MODEL (slots), G_LIST_MODEL (store));
  again = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_assert_true (again == first);
  g_clear_object (&again);

  /* Emptied: no slot is left; one still held elsewhere keeps its last item. */
  g_list_store_remove_all (store);
  assert_slots_match (G_LIST_MODEL (slots), G_LIST_MODEL (store));
  g_assert_nonnull (tafel_row_slot_get_item (tenth));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/row-slots/changes", test_row_slots);
  ADD ("/capture/stores-and-keeps-choices", test_capture_stores_and_keeps_choices);
  ADD ("/capture/empty-text", test_capture_empty_text);
  ADD ("/capture/too-long", test_capture_too_long);
  ADD ("/capture/bad-organisation", test_capture_bad_organisation);
  ADD ("/capture/organisation-hint", test_capture_organisation_hint);
  ADD ("/capture/follows-model", test_capture_follows_model);
  ADD ("/capture/chooses-session", test_capture_chooses_session);
  ADD ("/capture/prefers-agenda", test_capture_prefers_agenda);
  ADD ("/list/search", test_list_search);
  ADD ("/list/filters", test_list_filters);
  ADD ("/list/edit-text", test_list_edit_text);
  ADD ("/list/edit-status", test_list_edit_status);
  ADD ("/list/keyboard-cells", test_list_keyboard_cells);
  ADD ("/list/bulk-status", test_list_bulk_status);
  ADD ("/list/delete-undo", test_list_delete_undo);
  ADD ("/list/koppel", test_list_koppel);
  ADD ("/list/koppel-status", test_list_koppel_status);
  ADD ("/list/koppel-no-eisen", test_list_koppel_no_eisen);
  ADD ("/list/follows-renames", test_list_follows_renames);
  ADD ("/page/keyboard", test_page_keyboard);
  ADD ("/page/without-model", test_page_without_model);
  ADD ("/page/speed", test_page_speed);

#undef ADD

  return g_test_run ();
}
