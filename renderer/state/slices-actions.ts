import type { Project } from '../../core/project/schema';
import type { Slice } from '../../core/slices';
import type { Action } from './actions';

/** Adds slices (one preset or a whole bundle) as one undo step; ids must be new (crypto.randomUUID in the UI). */
export const addSlices: Action<{ slices: Slice[] }> = {
  name: 'addSlices',
  perform: (project: Project, p) =>
    p.slices.length === 0 ? project : { ...project, slices: [...project.slices, ...p.slices] },
};

/** Replaces a slice by id with a validated slice (sliceSchema); returns the project itself when nothing changes. */
export const updateSlice: Action<{ slice: Slice }> = {
  name: 'updateSlice',
  perform(project, p) {
    const index = project.slices.findIndex((s) => s.id === p.slice.id);
    if (index < 0 || JSON.stringify(project.slices[index]) === JSON.stringify(p.slice)) return project;
    return { ...project, slices: project.slices.map((s, i) => (i === index ? p.slice : s)) };
  },
};

/** Deletes the slice with the id. */
export const deleteSlice: Action<{ id: string }> = {
  name: 'deleteSlice',
  perform: (project, p) =>
    project.slices.some((s) => s.id === p.id)
      ? { ...project, slices: project.slices.filter((s) => s.id !== p.id) }
      : project,
};
