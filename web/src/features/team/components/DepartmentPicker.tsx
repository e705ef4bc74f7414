import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { DepartmentRef } from '../team-types';

interface Props {
  departments: DepartmentRef[];
  value: string | null;
  onChange: (departmentId: string | null) => void;
  label: string;
  everyoneLabel: string;
  name?: string;
}

/** A Select shows nothing for '' (and leaves its label in the field): "everyone" needs a value of its own. */
const EVERYONE = 'everyone';

/** Departments as a tree (children indented under their parent), "everyone you can see" first. */
export function DepartmentPicker({ departments, value, onChange, label, everyoneLabel, name = 'department' }: Props) {
  return (
    <TextField
      select
      name={name}
      label={label}
      value={value ?? EVERYONE}
      onChange={(e) => onChange(e.target.value === EVERYONE ? null : e.target.value)}
      sx={{ minWidth: 200 }}
      slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } } }}
    >
      <MenuItem value={EVERYONE}>{everyoneLabel}</MenuItem>
      {asTree(departments).map(({ department, depth }) => (
        <MenuItem key={department.id} value={department.id} sx={{ pl: 2 + depth * 2 }}>
          {department.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Depth-first, siblings by name; a department whose parent is not visible starts a tree of its own. */
export function asTree(departments: DepartmentRef[]): { department: DepartmentRef; depth: number }[] {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<string | null, DepartmentRef[]>();
  for (const d of departments) {
    const parent = d.parentId && ids.has(d.parentId) ? d.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const out: { department: DepartmentRef; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const d of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ department: d, depth });
      walk(d.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
