//
// Memory for a page's pixels: handed out in pieces, freed at once, in huge
// pages where the system allows.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Every page of fresh memory costs a page fault on its first touch, many
// microseconds on a virtual machine: the thousand pages a 600 dpi page's
// bands and glyph images take cost more than drawing them.  An arena maps
// its memory in chunks of whole huge pages, aligned to one, and asks the
// kernel to back them with huge pages (madvise(MADV_HUGEPAGE), honoured
// when transparent huge pages are "always" or "madvise"; otherwise they are
// ordinary pages).  Pieces are handed out in order and never freed one by
// one: the arena goes as a whole.  One thread at a time may use an arena.
//

#include "arena-private.h"
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>


//
// Local constants...
//

#define HUGE_PAGE	(2 * 1024 * 1024)
					// Size of a huge page (x86-64, and arm64 with 4 KiB pages)
#define PIECE_ALIGN	16		// Alignment of every piece


//
// Local types...
//

typedef struct notice_chunk_s		// One mapping of the arena
{
  struct notice_chunk_s	*prev;		// Chunk mapped before it
  unsigned char		*memory;	// Its memory
  size_t		size,		// Bytes mapped
			used;		// Bytes handed out
} notice_chunk_t;

struct notice_arena_s			// Memory handed out in pieces
{
  notice_chunk_t	*last;		// Chunk pieces come from now
  size_t		mapped;		// Bytes mapped in all
};


//
// Local functions...
//

static unsigned char	*map_memory(size_t size);


//
// 'noticeArenaAlloc()' - Hand out a piece of zeroed memory.
//
// Returns NULL when out of memory.  The piece lives as long as the arena.
//

void *					// O - Memory or NULL
noticeArenaAlloc(
    notice_arena_t *arena,		// I - Arena
    size_t         size)		// I - Bytes wanted
{
  notice_chunk_t	*chunk;		// Chunk with room
  void			*piece;		// Piece handed out


  if (!arena || size > SIZE_MAX - HUGE_PAGE)
    return (NULL);

  size = size ? (size + PIECE_ALIGN - 1) / PIECE_ALIGN * PIECE_ALIGN : PIECE_ALIGN;

  if ((chunk = arena->last) == NULL || chunk->size - chunk->used < size)
  {
    // A new chunk of whole huge pages, enough for the piece...
    if ((chunk = calloc(1, sizeof(notice_chunk_t))) == NULL)
      return (NULL);

    chunk->size = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;

    if ((chunk->memory = map_memory(chunk->size)) == NULL)
    {
      free(chunk);
      return (NULL);
    }

    chunk->prev    = arena->last;
    arena->last    = chunk;
    arena->mapped += chunk->size;
  }

  piece        = chunk->memory + chunk->used;
  chunk->used += size;

  return (piece);
}


//
// 'noticeArenaCreate()' - Make an empty arena.
//
// Free with noticeArenaDelete().
//

notice_arena_t *			// O - Arena or NULL
noticeArenaCreate(void)
{
  return (calloc(1, sizeof(notice_arena_t)));
}


//
// 'noticeArenaDelete()' - Free an arena and every piece handed out.
//

void
noticeArenaDelete(
    notice_arena_t *arena)		// I - Arena or NULL
{
  notice_chunk_t	*chunk;		// Current chunk


  if (!arena)
    return;

  while ((chunk = arena->last) != NULL)
  {
    arena->last = chunk->prev;
    munmap(chunk->memory, chunk->size);
    free(chunk);
  }

  free(arena);
}


//
// 'noticeArenaGetSize()' - Return how many bytes an arena has mapped.
//

size_t					// O - Bytes mapped
noticeArenaGetSize(
    const notice_arena_t *arena)	// I - Arena
{
  return (arena ? arena->mapped : 0);
}


//
// 'map_memory()' - Map zeroed memory aligned to a huge page.
//
// "size" is a whole number of huge pages.  Free with munmap().
//

static unsigned char *			// O - Memory or NULL
map_memory(size_t size)			// I - Bytes
{
  unsigned char	*memory,		// Mapping with room to align
		*aligned;		// Its first huge page boundary


  if ((memory = mmap(NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)) == MAP_FAILED)
    return (NULL);

  // Give back what lies before the first boundary and after the last
  // page...
  aligned = memory + (HUGE_PAGE - (uintptr_t)memory % HUGE_PAGE) % HUGE_PAGE;
  if (aligned > memory)
    munmap(memory, (size_t)(aligned - memory));
  if (aligned + size < memory + size + HUGE_PAGE)
    munmap(aligned + size, (size_t)(memory + HUGE_PAGE - aligned));

#ifdef MADV_HUGEPAGE
  madvise(aligned, size, MADV_HUGEPAGE);
#endif // MADV_HUGEPAGE

  return (aligned);
}
