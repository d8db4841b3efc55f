//
// The text of a page as glyph images, for raster output.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Raster output draws the page in bands (output-raster.c).  Drawing its
// text with cairo would keep every glyph image twice (cairo's scaled glyph
// and pixman's glyph cache) as 8-bit coverage, megabytes at 600 dpi, and
// cairo 1.17 and later clip a glyph image that crosses a band's edge
// differently from the same glyph drawn whole.  Here each glyph the page
// uses is rendered once by FreeType, as cairo renders it (the layout's font
// at the output resolution through cairo's own FT face, no hinting, grey
// antialiasing, synthetic bold where fontconfig asks for it), kept once
// (glyph-image.c) in memory that costs few page faults (arena.c), and placed
// at its origin rounded to the nearest pixel, as cairo 1.16 places glyph
// images.  A band then adds
// the rows of the glyphs that cross it, so that a page drawn in bands of any
// height has the same pixels.
//
// Rendering takes as long as drawing every band, so one thread may render
// (noticeGlyphsRender()) while another draws: the glyphs are rendered in
// the order of their origins down the page, and a band waits only for the
// glyphs whose origins are close enough to reach it.  "Close enough" comes
// from each font's bounding box, not from the images, so the glyphs a band
// draws do not depend on how far rendering has got; an image that would
// reach past its font's box is cut to it.
//

#include "glyphs-private.h"
#include "glyph-image-private.h"
#include <cairo-ft.h>
#include <math.h>
#include <pthread.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>
#include <stdlib.h>
#include <string.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_SYNTHESIS_H


//
// Local types...
//

typedef struct glyph_font_s		// A font of the page
{
  PangoFont		*font;		// The layout's font (a reference)
  cairo_scaled_font_t	*device;	// The same at the output resolution (owned)
  bool			embolden;	// Bold made from the regular face?
  int			above,		// Rows a glyph may reach above its origin
			below;		// Rows it may reach from its origin down
} glyph_font_t;

typedef struct glyph_entry_s		// A glyph of a font, rendered once
{
  size_t		font;		// Index into the fonts
  PangoGlyph		glyph;		// Glyph index in the font
  notice_glyph_image_t	*image;		// Image (in the arena), NULL for no ink
  bool			rendered;	// Has it been rendered?
} glyph_entry_t;

typedef struct glyph_placed_s		// A glyph on the page
{
  size_t		entry;		// Index into the entries
  int			x,		// Origin's column in pixels
			y;		// Origin's row in pixels
} glyph_placed_t;

struct notice_glyphs_s			// A page's glyphs, rendered and placed
{
  double		scale;		// Pixels per point
  notice_arena_t	*arena;		// Memory of the images (owned)
  glyph_font_t		*fonts;		// Fonts of the page
  size_t		num_fonts,	// Number of fonts
			alloc_fonts;	// Room for fonts
  glyph_entry_t		*entries;	// Different glyphs of the page
  size_t		num_entries,	// Number of entries
			alloc_entries;	// Room for entries
  size_t		*table;		// Hash table of entries: index + 1, 0 for none
  size_t		table_size;	// Slots in the table, a power of two
  glyph_placed_t	*placed;	// Glyphs on the page, by the row of their origin
  size_t		num_placed,	// Number of glyphs placed
			alloc_placed;	// Room for placed glyphs
  int			above,		// Rows any glyph may reach above its origin
			below;		// Rows any glyph may reach from its origin down
  size_t		*order;		// Entries in the order of their first use
  size_t		num_cut;	// Images cut to their font's box
  pthread_mutex_t	mutex;		// Guards "ready" and "failed"
  pthread_cond_t	cond;		// Signals a change of either
  size_t		ready;		// Placed glyphs, in order, whose images are rendered
  bool			failed;		// Did rendering fail?
};


//
// Local functions...
//

static bool	add_glyph(void *data, PangoFont *font, PangoGlyph glyph, double x_pt, double y_pt);
static int	compare_placed(const void *a, const void *b);
static bool	find_entry(notice_glyphs_t *glyphs, size_t font, PangoGlyph glyph, size_t *entry);
static bool	find_font(notice_glyphs_t *glyphs, PangoFont *font, size_t *index);
static bool	grow(void **array, size_t *alloc, size_t count, size_t size);
static size_t	hash_glyph(size_t font, PangoGlyph glyph);
static bool	open_font(notice_glyphs_t *glyphs, glyph_font_t *font);
static bool	render_entry(notice_glyphs_t *glyphs, glyph_entry_t *entry);


//
// 'noticeGlyphsCreate()' - Find and place the glyphs of a page.
//
// Nothing is rendered yet: see noticeGlyphsRender().  Returns NULL when out
// of memory or for a font that is not a FreeType font.  Free with
// noticeGlyphsDelete().
//

notice_glyphs_t *			// O - Glyphs or NULL
noticeGlyphsCreate(
    const notice_layout_t *layout,	// I - Laid-out page
    int                   resolution)	// I - Dots per inch
{
  notice_glyphs_t	*glyphs;	// Glyphs of the page
  bool			*ordered;	// Is each entry in the order yet?
  size_t		i,		// Looping var
			num_ordered;	// Entries ordered so far


  if (!layout || resolution < 1)
    return (NULL);

  if ((glyphs = calloc(1, sizeof(notice_glyphs_t))) == NULL)
    return (NULL);

  glyphs->scale = resolution / 72.0;
  pthread_mutex_init(&glyphs->mutex, NULL);
  pthread_cond_init(&glyphs->cond, NULL);

  if ((glyphs->arena = noticeArenaCreate()) == NULL)
  {
    noticeGlyphsDelete(glyphs);
    return (NULL);
  }

  // Every glyph of the page and where it goes, down the page, and each
  // different one in the order of its first use there...
  if (!noticeLayoutGetGlyphs(layout, add_glyph, glyphs) || (glyphs->order = calloc(glyphs->num_entries + 1, sizeof(size_t))) == NULL)
  {
    noticeGlyphsDelete(glyphs);
    return (NULL);
  }

  if (glyphs->num_placed > 1)
    qsort(glyphs->placed, glyphs->num_placed, sizeof(glyph_placed_t), compare_placed);

  if ((ordered = calloc(glyphs->num_entries + 1, sizeof(bool))) == NULL)
  {
    noticeGlyphsDelete(glyphs);
    return (NULL);
  }

  for (i = 0, num_ordered = 0; i < glyphs->num_placed; i ++)
  {
    if (!ordered[glyphs->placed[i].entry])
    {
      ordered[glyphs->placed[i].entry] = true;
      glyphs->order[num_ordered ++]    = glyphs->placed[i].entry;
    }
  }

  free(ordered);

  return (glyphs);
}


//
// 'noticeGlyphsDelete()' - Free the glyphs of a page.
//
// No thread may still render or draw them.
//

void
noticeGlyphsDelete(
    notice_glyphs_t *glyphs)		// I - Glyphs or NULL
{
  size_t	i;			// Looping var


  if (!glyphs)
    return;

  noticeArenaDelete(glyphs->arena);

  for (i = 0; i < glyphs->num_fonts; i ++)
  {
    if (glyphs->fonts[i].device)
      cairo_scaled_font_destroy(glyphs->fonts[i].device);
    g_object_unref(glyphs->fonts[i].font);
  }

  pthread_cond_destroy(&glyphs->cond);
  pthread_mutex_destroy(&glyphs->mutex);

  free(glyphs->fonts);
  free(glyphs->entries);
  free(glyphs->table);
  free(glyphs->placed);
  free(glyphs->order);
  free(glyphs);
}


//
// 'noticeGlyphsDraw()' - Add the glyphs that cross a strip of the page.
//
// "pixels" holds "num_rows" rows of 8-bit coverage from page row
// "first_row", "width" pixels each, "stride" bytes apart.  The glyphs' ink
// is added to what the rows hold, and the columns it covers to "ink_left"
// and "ink_right" (see noticeGlyphImageAdd()).  Waits for another thread's
// noticeGlyphsRender() to render the glyphs that may reach the strip.
// Returns `false` if rendering failed.
//

bool					// O - `true` on success
noticeGlyphsDraw(
    notice_glyphs_t *glyphs,		// I - Glyphs of the page
    unsigned char   *pixels,		// I - First row of the strip
    int             stride,		// I - Bytes from one row to the next
    int             width,		// I - Page width in pixels
    int             first_row,		// I - Page row of the strip's first row
    int             num_rows,		// I - Rows in the strip
    int             *ink_left,		// IO - First column with ink, for each row, or NULL
    int             *ink_right)		// IO - Column after the last with ink, or NULL
{
  size_t		lo,		// First glyph that may reach the strip
			hi,		// Glyph after the last
			mid;		// Middle of a search
  const glyph_placed_t	*placed;	// Current glyph
  bool			ok;		// Did rendering work?


  if (!glyphs || !pixels)
    return (false);

  // The glyphs whose origins lie from "below" rows above the strip to
  // "above" rows below it...
  for (lo = 0, hi = glyphs->num_placed; lo < hi;)
  {
    mid = lo + (hi - lo) / 2;
    if (glyphs->placed[mid].y <= first_row - glyphs->below)
      lo = mid + 1;
    else
      hi = mid;
  }

  for (hi = lo; hi < glyphs->num_placed && glyphs->placed[hi].y < first_row + num_rows + glyphs->above; hi ++);

  // ...once their images are there...
  pthread_mutex_lock(&glyphs->mutex);
  while (glyphs->ready < hi && !glyphs->failed)
    pthread_cond_wait(&glyphs->cond, &glyphs->mutex);
  ok = !glyphs->failed;
  pthread_mutex_unlock(&glyphs->mutex);

  if (!ok)
    return (false);

  for (placed = glyphs->placed + lo; placed < glyphs->placed + hi; placed ++)
  {
    if (glyphs->entries[placed->entry].image)
      noticeGlyphImageAdd(glyphs->entries[placed->entry].image, placed->x, placed->y, pixels, stride, width, first_row, num_rows, ink_left, ink_right);
  }

  return (true);
}


//
// 'noticeGlyphsGetCount()' - Return how many glyphs the page has.
//
// "images" receives the number of different glyphs, "cut" the number of
// images cut to their font's box (none for a sound font).
//

size_t					// O - Glyphs placed
noticeGlyphsGetCount(
    notice_glyphs_t *glyphs,		// I - Glyphs of the page
    size_t          *images,		// O - Different glyphs or NULL
    size_t          *cut)		// O - Images cut or NULL
{
  if (images)
    *images = glyphs ? glyphs->num_entries : 0;

  if (cut && glyphs)
  {
    pthread_mutex_lock(&glyphs->mutex);
    *cut = glyphs->num_cut;
    pthread_mutex_unlock(&glyphs->mutex);
  }
  else if (cut)
    *cut = 0;

  return (glyphs ? glyphs->num_placed : 0);
}


//
// 'noticeGlyphsRender()' - Render every glyph of the page.
//
// Glyphs are rendered in the order of their first use down the page, and
// the glyphs placed so far are passed to noticeGlyphsDraw() as they come.
// Meant to run in a thread of its own while another draws, or before
// drawing.  Returns `false` if a glyph could not be rendered; drawing then
// fails too.
//

bool					// O - `true` on success
noticeGlyphsRender(
    notice_glyphs_t *glyphs)		// I - Glyphs of the page
{
  size_t	i,			// Looping var
		ready = 0;		// Glyphs placed with their images
  bool		ok = true;		// Did rendering work?
  glyph_entry_t	*entry;			// Current entry


  if (!glyphs)
    return (false);

  for (i = 0; ok && i < glyphs->num_entries; i ++)
  {
    entry = glyphs->entries + glyphs->order[i];
    ok    = render_entry(glyphs, entry);

    // Pass on every placed glyph, in order, whose image is now there; a
    // batch at a time, so that a drawing thread is woken up less often...
    pthread_mutex_lock(&glyphs->mutex);
    entry->rendered = ok;
    if (ok && (i % 16 == 15 || i + 1 == glyphs->num_entries))
    {
      while (ready < glyphs->num_placed && glyphs->entries[glyphs->placed[ready].entry].rendered)
        ready ++;
      glyphs->ready = ready;
      pthread_cond_broadcast(&glyphs->cond);
    }
    else if (!ok)
    {
      glyphs->failed = true;
      pthread_cond_broadcast(&glyphs->cond);
    }
    pthread_mutex_unlock(&glyphs->mutex);
  }

  // Every glyph is there now, also on a page without any...
  pthread_mutex_lock(&glyphs->mutex);
  if (ok)
    glyphs->ready = glyphs->num_placed;
  pthread_cond_broadcast(&glyphs->cond);
  pthread_mutex_unlock(&glyphs->mutex);

  return (ok);
}


//
// 'add_glyph()' - Take one glyph of the layout (a notice_glyph_cb_t).
//
// The origin is rounded to the nearest pixel as cairo 1.16 rounds it
// (halves up).
//

static bool				// O - `true` on success
add_glyph(void       *data,		// I - Glyphs of the page
          PangoFont  *font,		// I - Font
          PangoGlyph glyph,		// I - Glyph index in the font
          double     x_pt,		// I - Origin from the left in points
          double     y_pt)		// I - Origin from the top in points
{
  notice_glyphs_t	*glyphs = (notice_glyphs_t *)data;
					// Glyphs of the page
  glyph_placed_t	*placed;	// New placed glyph
  size_t		index,		// Font's index
			entry;		// Entry's index


  if (!find_font(glyphs, font, &index) || !find_entry(glyphs, index, glyph, &entry))
    return (false);

  if (!grow((void **)&glyphs->placed, &glyphs->alloc_placed, glyphs->num_placed + 1, sizeof(glyph_placed_t)))
    return (false);

  placed        = glyphs->placed + glyphs->num_placed ++;
  placed->entry = entry;
  placed->x     = (int)floor(x_pt * glyphs->scale + 0.5);
  placed->y     = (int)floor(y_pt * glyphs->scale + 0.5);

  return (true);
}


//
// 'compare_placed()' - Order placed glyphs by the row of their origin.
//

static int				// O - Result of comparison
compare_placed(const void *a,		// I - First glyph
               const void *b)		// I - Second glyph
{
  const glyph_placed_t	*pa = (const glyph_placed_t *)a,
			*pb = (const glyph_placed_t *)b;
					// Glyphs


  if (pa->y != pb->y)
    return (pa->y < pb->y ? -1 : 1);
  else if (pa->x != pb->x)
    return (pa->x < pb->x ? -1 : 1);
  else
    return (pa->entry < pb->entry ? -1 : pa->entry > pb->entry);
}


//
// 'find_entry()' - Find or add the entry of a glyph of a font.
//

static bool				// O - `true` on success
find_entry(notice_glyphs_t *glyphs,	// I - Glyphs of the page
           size_t          font,	// I - Font's index
           PangoGlyph      glyph,	// I - Glyph index in the font
           size_t          *entry)	// O - Entry's index
{
  size_t	slot,			// Slot of the table
		i,			// Looping var
		size;			// New size of the table
  size_t	*table;			// New table
  glyph_entry_t	*e;			// Entry in a slot


  // Grow the table to keep it at most half full...
  if (2 * (glyphs->num_entries + 1) > glyphs->table_size)
  {
    size = glyphs->table_size ? 2 * glyphs->table_size : 256;

    if ((table = calloc(size, sizeof(size_t))) == NULL)
      return (false);

    for (i = 0; i < glyphs->num_entries; i ++)
    {
      e = glyphs->entries + i;
      for (slot = hash_glyph(e->font, e->glyph) & (size - 1); table[slot]; slot = (slot + 1) & (size - 1));
      table[slot] = i + 1;
    }

    free(glyphs->table);
    glyphs->table      = table;
    glyphs->table_size = size;
  }

  for (slot = hash_glyph(font, glyph) & (glyphs->table_size - 1); glyphs->table[slot]; slot = (slot + 1) & (glyphs->table_size - 1))
  {
    e = glyphs->entries + glyphs->table[slot] - 1;
    if (e->font == font && e->glyph == glyph)
    {
      *entry = glyphs->table[slot] - 1;
      return (true);
    }
  }

  if (!grow((void **)&glyphs->entries, &glyphs->alloc_entries, glyphs->num_entries + 1, sizeof(glyph_entry_t)))
    return (false);

  e           = glyphs->entries + glyphs->num_entries;
  e->font     = font;
  e->glyph    = glyph;
  e->image    = NULL;
  e->rendered = false;

  glyphs->table[slot] = ++ glyphs->num_entries;
  *entry              = glyphs->num_entries - 1;

  return (true);
}


//
// 'find_font()' - Find or add a font of the page.
//
// A page uses a few fonts (faces and sizes), so a linear search will do.
//

static bool				// O - `true` on success
find_font(notice_glyphs_t *glyphs,	// I - Glyphs of the page
          PangoFont       *font,	// I - The layout's font
          size_t          *index)	// O - Its index
{
  size_t	i;			// Looping var


  for (i = glyphs->num_fonts; i > 0; i --)
  {
    if (glyphs->fonts[i - 1].font == font)
    {
      *index = i - 1;
      return (true);
    }
  }

  if (!font || !grow((void **)&glyphs->fonts, &glyphs->alloc_fonts, glyphs->num_fonts + 1, sizeof(glyph_font_t)))
    return (false);

  memset(glyphs->fonts + glyphs->num_fonts, 0, sizeof(glyph_font_t));
  glyphs->fonts[glyphs->num_fonts].font = g_object_ref(font);
  *index = glyphs->num_fonts ++;

  return (open_font(glyphs, glyphs->fonts + *index));
}


//
// 'grow()' - Make room for "count" elements of an array, doubling it.
//

static bool				// O - `true` on success
grow(void   **array,			// IO - Array
     size_t *alloc,			// IO - Elements it has room for
     size_t count,			// I  - Elements it must hold
     size_t size)			// I  - Size of an element
{
  size_t	n;			// New room
  void		*bigger;		// New array


  if (count <= *alloc)
    return (true);

  n = *alloc ? 2 * *alloc : 64;
  if (n < count)
    n = count;

  if (n > SIZE_MAX / size || (bigger = realloc(*array, n * size)) == NULL)
    return (false);

  *array = bigger;
  *alloc = n;

  return (true);
}


//
// 'hash_glyph()' - Hash a glyph of a font.
//

static size_t				// O - Hash
hash_glyph(size_t     font,		// I - Font's index
           PangoGlyph glyph)		// I - Glyph index
{
  return ((size_t)(((uint64_t)glyph * 40503u + (uint64_t)font) * 2654435761u >> 7));
}


//
// 'open_font()' - Make a font of the page at the output resolution.
//
// The layout's font is made again with the same face, type size and font
// options (no hinting), scaled as a cairo context scaled to pixels would
// scale it, so that FreeType gets the face in the state cairo's own
// rendering of its glyphs puts it in.  The font's bounding box, widened for
// synthetic bold and a pixel of antialiasing, bounds how far its glyphs
// reach above and below their origins.
//

static bool				// O - `true` on success
open_font(notice_glyphs_t *glyphs,	// I - Glyphs of the page
          glyph_font_t    *font)	// I - Font
{
  cairo_scaled_font_t	*scaled;	// The layout's cairo font
  cairo_font_options_t	*options;	// Its options
  cairo_matrix_t	font_matrix,	// Its size
			ctm;		// Points to pixels
  FcPattern		*pattern;	// Its fontconfig pattern
  FcBool		embolden;	// Does fontconfig ask for synthetic bold?
  FT_Face		face;		// FreeType face at the output size
  FT_Pos		grow_by;	// Most that synthetic bold adds, 26.6 pixels


  if (!PANGO_IS_CAIRO_FONT(font->font) || (scaled = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font->font))) == NULL || cairo_scaled_font_get_type(scaled) != CAIRO_FONT_TYPE_FT)
    return (false);

  options = cairo_font_options_create();
  cairo_scaled_font_get_font_options(scaled, options);
  cairo_scaled_font_get_font_matrix(scaled, &font_matrix);
  cairo_matrix_init_scale(&ctm, glyphs->scale, glyphs->scale);

  font->device = cairo_scaled_font_create(cairo_scaled_font_get_font_face(scaled), &font_matrix, &ctm, options);
  cairo_font_options_destroy(options);

  if (cairo_scaled_font_status(font->device) != CAIRO_STATUS_SUCCESS)
    return (false);

  if (PANGO_IS_FC_FONT(font->font) && (pattern = pango_fc_font_get_pattern(PANGO_FC_FONT(font->font))) != NULL && FcPatternGetBool(pattern, FC_EMBOLDEN, 0, &embolden) == FcResultMatch)
    font->embolden = embolden != FcFalse;

  if ((face = cairo_ft_scaled_font_lock_face(font->device)) == NULL)
    return (false);

  if (FT_IS_SCALABLE(face))
  {
    // FT_GlyphSlot_Embolden() makes an outline at most four times its
    // strength, a 24th of the em, wider and taller...
    grow_by      = font->embolden ? 4 * FT_MulFix(face->units_per_EM, face->size->metrics.y_scale) / 24 : 0;
    font->above  = (int)((FT_MulFix(face->bbox.yMax, face->size->metrics.y_scale) + grow_by + 63) / 64) + 1;
    font->below  = (int)((FT_MulFix(-face->bbox.yMin, face->size->metrics.y_scale) + grow_by + 63) / 64) + 1;
  }
  else
  {
    font->above = (int)((face->size->metrics.height + 63) / 64) * 2;
    font->below = font->above;
  }

  cairo_ft_scaled_font_unlock_face(font->device);

  if (font->above > glyphs->above)
    glyphs->above = font->above;
  if (font->below > glyphs->below)
    glyphs->below = font->below;

  return (true);
}


//
// 'render_entry()' - Render one glyph into its image.
//
// What reaches past the font's box (see open_font()) is cut off, so that
// every band sees the same image.
//

static bool				// O - `true` on success
render_entry(notice_glyphs_t *glyphs,	// I - Glyphs of the page
             glyph_entry_t   *entry)	// I - Entry to render
{
  glyph_font_t		*font = glyphs->fonts + entry->font;
					// Font of the glyph
  FT_Face		face;		// FreeType face at the output size
  FT_GlyphSlot		slot;		// Rendered glyph
  int			top,		// Top row from the origin
			skip = 0,	// Rows cut off at the top
			rows;		// Rows kept
  bool			ok;		// Did rendering work?


  if ((face = cairo_ft_scaled_font_lock_face(font->device)) == NULL)
    return (false);

  slot = face->glyph;
  ok   = !FT_Load_Glyph(face, entry->glyph, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP | FT_LOAD_IGNORE_GLOBAL_ADVANCE_WIDTH);

  if (ok && font->embolden)
    FT_GlyphSlot_Embolden(slot);

  if (ok)
    ok = !FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) && (slot->bitmap.pixel_mode == FT_PIXEL_MODE_GRAY || slot->bitmap.pixel_mode == FT_PIXEL_MODE_MONO) && slot->bitmap.pitch >= 0;

  if (ok)
  {
    top  = -slot->bitmap_top;
    rows = (int)slot->bitmap.rows;

    if (top < -font->above)
      skip = -font->above - top;
    if (top + rows > font->below)
      rows = font->below - top;
    rows -= skip;

    if (rows < (int)slot->bitmap.rows)
    {
      pthread_mutex_lock(&glyphs->mutex);
      glyphs->num_cut ++;
      pthread_mutex_unlock(&glyphs->mutex);
    }

    if (slot->bitmap.width > 0 && rows > 0)
      ok = (entry->image = noticeGlyphImageCreate(glyphs->arena, slot->bitmap.buffer + (size_t)skip * (size_t)slot->bitmap.pitch, (int)slot->bitmap.width, rows, slot->bitmap.pitch, slot->bitmap.pixel_mode == FT_PIXEL_MODE_MONO, slot->bitmap_left, top + skip)) != NULL;
  }

  cairo_ft_scaled_font_unlock_face(font->device);

  return (ok);
}
