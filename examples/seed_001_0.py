# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 0 (counting from 0).
import asyncio
